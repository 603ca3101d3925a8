// The window opens at a sensible size and remembers it (issue 22, item 10): the first
// start gets most of the screen, a closed window's size and place come back at the next
// start, and a remembered place that is off every screen now (a monitor unplugged) or a
// size larger than the screen gives the default size on the screen instead.
#include "tests/ui/gui_test_support.h"
#include "ui/settings/app_settings.h"
#include "ui/window/main_window.h"
#include "ui/window/window_geometry.h"

#include <QApplication>
#include <QScreen>

namespace dpia::ui {
namespace {

class WindowGeometry : public GuiTest {};

QRect availableOf(const QWidget& window) {
    return window.screen()->availableGeometry();
}

TEST_F(WindowGeometry, TheFirstStartGetsMostOfTheScreenAndTheProgramsIcon) {
    MainWindow window;
    const QRect available = availableOf(window);
    EXPECT_EQ(window.size(), defaultWindowSize(available));
    EXPECT_TRUE(available.contains(window.geometry()));
    EXPECT_GE(window.width(), available.width() * 3 / 4);
    EXPECT_FALSE(window.windowIcon().isNull());
    EXPECT_FALSE(QApplication::windowIcon().isNull()); // dialogs show it too
}

TEST_F(WindowGeometry, AClosedWindowsSizeAndPlaceComeBackAtTheNextStart) {
    const QRect chosen(30, 40, 640, 480);
    {
        MainWindow window;
        window.setGeometry(chosen);
        window.show();
        QCoreApplication::processEvents();
        ASSERT_TRUE(window.close());
    }
    ASSERT_FALSE(settings::windowGeometry().isEmpty());
    MainWindow again;
    EXPECT_EQ(again.size(), chosen.size());
    EXPECT_EQ(again.geometry().topLeft(), chosen.topLeft());
}

TEST_F(WindowGeometry, APlaceOffEveryScreenNowFallsBackToTheDefaultOnTheScreen) {
    QRect available;
    {
        MainWindow window;
        available = availableOf(window);
        window.setGeometry(available.right() + 4000, available.bottom() + 3000, 640, 480);
        settings::setWindowGeometry(window.saveGeometry());
    }
    MainWindow again;
    EXPECT_TRUE(available.contains(again.geometry()))
        << again.geometry().x() << "," << again.geometry().y();
}

TEST_F(WindowGeometry, ASizeLargerThanTheScreenNowFallsBackToTheDefault) {
    QRect available;
    {
        MainWindow window;
        available = availableOf(window);
        window.setGeometry(0, 0, available.width() * 3, available.height() * 3);
        settings::setWindowGeometry(window.saveGeometry());
    }
    MainWindow again;
    EXPECT_TRUE(available.contains(again.geometry()));
    EXPECT_EQ(again.size(), defaultWindowSize(available));
}

TEST_F(WindowGeometry, UnreadableSettingsGiveTheDefault) {
    settings::setWindowGeometry(QByteArray("not a geometry"));
    MainWindow window;
    EXPECT_EQ(window.size(), defaultWindowSize(availableOf(window)));
}

} // namespace
} // namespace dpia::ui
