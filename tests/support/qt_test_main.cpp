// GoogleTest main for tests that need a QApplication (run offscreen by CTest).
#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char** argv) {
    // Tests never need a screen; also lets gtest_discover_tests list them at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DPIA Assistent Tests"));
    QApplication::setApplicationName(QStringLiteral("dpia-assistent-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
