#include "ui/widgets/form_rows.h"

#include <QFormLayout>
#include <QLabel>

namespace dpia::ui {

void addFieldRow(QFormLayout& form, const QString& label, QLayout* row, QWidget* field) {
    auto* text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    form.addRow(text, row);
}

} // namespace dpia::ui
