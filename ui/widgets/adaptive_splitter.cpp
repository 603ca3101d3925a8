#include "ui/widgets/adaptive_splitter.h"

#include <QSplitter>

namespace dpia::ui {

bool fitSplitter(QSplitter* splitter, int width, int sideBySide, double firstShare) {
    const Qt::Orientation wanted = width < sideBySide ? Qt::Vertical : Qt::Horizontal;
    if (splitter->orientation() == wanted || splitter->count() != 2) {
        return false;
    }
    splitter->setOrientation(wanted);
    const int room = wanted == Qt::Horizontal ? splitter->width() : splitter->height();
    const int first = static_cast<int>(room * firstShare);
    splitter->setSizes({first, room - first});
    return true;
}

} // namespace dpia::ui
