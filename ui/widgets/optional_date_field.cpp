#include "ui/widgets/optional_date_field.h"

#include "ui/text/local_text.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace dpia::ui {

OptionalDateField::OptionalDateField(const QString& dateName, const QString& noneText,
                                     QWidget* parent)
    : QWidget(parent), date_(new QDateEdit(this)), none_(new QCheckBox(noneText, this)) {
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    date_->setAccessibleName(dateName);
    none_->setAccessibleName(noneText);
    // Focus goes to the date, so a label's mnemonic and Tab land where the typing is.
    setFocusProxy(date_);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(date_);
    row->addWidget(none_);
    row->addStretch(1);

    connect(date_, &QDateEdit::dateChanged, this, [this] {
        if (!filling_) {
            emit changed();
        }
    });
    connect(none_, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!filling_) {
            emit changed();
        }
    });
}

void OptionalDateField::setIsoDate(const std::string& isoDate, const QDate& proposal) {
    const QDate date = QDate::fromString(qs(isoDate), Qt::ISODate);
    filling_ = true;
    none_->setChecked(!date.isValid());
    date_->setDate(date.isValid() ? date : proposal);
    filling_ = false;
    updateEnabled();
}

std::string OptionalDateField::isoDate() const {
    return none_->isChecked() ? std::string() : utf8(date_->date().toString(Qt::ISODate));
}

void OptionalDateField::setEditable(bool editable) {
    editable_ = editable;
    updateEnabled();
}

void OptionalDateField::updateEnabled() {
    none_->setEnabled(editable_);
    date_->setEnabled(editable_ && !none_->isChecked());
}

} // namespace dpia::ui
