// dpia_empty_window: the yardstick for tests/bench/time_to_window.sh. A bare QMainWindow of
// the size dpia-assistant opens with, shown, painted once and closed, exactly as
// `dpia-assistant --quit-after-show` does; the script compares the two.
#include <algorithm>

#include <QApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    const QRect available = QApplication::primaryScreen()->availableGeometry();
    window.resize(std::min(1400, available.width() * 9 / 10),
                  std::min(920, available.height() * 9 / 10));
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.grab();
        QApplication::quit();
    });
    return QApplication::exec();
}
