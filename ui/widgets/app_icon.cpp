#include "ui/widgets/app_icon.h"

namespace dpia::ui {

QIcon applicationIcon() {
    QIcon icon;
    // Every rendered size, so Qt picks a sharp one for the title bar (16/24) and the start
    // page (64/128) instead of scaling the largest down.
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/nl.dpiaassistent.DpiaAssistent-%1.png").arg(size),
                     QSize(size, size));
    }
    return icon;
}

} // namespace dpia::ui
