#include "ui/widgets/unsaved_typing.h"

#include <QVariant>
#include <QWidget>

namespace dpia::ui {

namespace {
constexpr char kProperty[] = "dpiaUnsavedTyping";
} // namespace

void setUnsavedTyping(QWidget* field, bool unsaved) {
    if (field != nullptr) {
        field->setProperty(kProperty, unsaved);
    }
}

bool hasUnsavedTyping(const QWidget* widget) {
    for (int depth = 0; widget != nullptr && depth < 2; ++depth) {
        if (widget->property(kProperty).toBool()) {
            return true;
        }
        widget = widget->parentWidget();
    }
    return false;
}

} // namespace dpia::ui
