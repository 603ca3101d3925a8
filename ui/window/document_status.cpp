#include "ui/window/document_status.h"

#include "core/baseline/baseline.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>

namespace dpia::ui {

DocumentStatus::DocumentStatus(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session), completeness_(new QLabel(this)), risk_(new QLabel(this)),
      saved_(new QLabel(this)) {
    setObjectName(QStringLiteral("documentStatus"));
    completeness_->setObjectName(QStringLiteral("completeness"));
    risk_->setObjectName(QStringLiteral("highestRisk"));
    saved_->setObjectName(QStringLiteral("savedIndicator"));
    risk_->setTextFormat(Qt::RichText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(completeness_);
    layout->addWidget(risk_);
    layout->addWidget(saved_);
    connect(&session_, &DocumentSession::evaluationChanged, this, &DocumentStatus::refresh);
    refresh();
}

void DocumentStatus::refresh() {
    const scoring::Evaluation& evaluation = session_.evaluation();
    const int percent = static_cast<int>(std::floor(evaluation.completeness.overall * 100.0));
    //: Status bar: share of required questions answered.
    completeness_->setText(tr("Complete: %1 %").arg(percent));

    const baseline::Level* level =
        session_.baseline().matrix().level(evaluation.highestResidualLevel);
    //: Status bar: no risk is scored yet.
    QString words = tr("not yet scored");
    QString swatch;
    if (level != nullptr) {
        words = local(level->label);
        swatch = QStringLiteral("<span style=\"color:%1\">■</span> ")
                     .arg(qs(level->colour).toHtmlEscaped());
    }
    //: Status bar: the highest residual risk level, e.g. "High".
    const QString plain = tr("Highest residual risk: %1").arg(words);
    risk_->setText(tr("Highest residual risk: %1").arg(swatch + words.toHtmlEscaped()));
    risk_->setAccessibleName(plain);

    if (session_.isReadOnly()) {
        //: Status bar: the document is read-only.
        saved_->setText(tr("Read-only: changes are not saved"));
    } else {
        //: Status bar: there is no Save button because every change is saved at once.
        saved_->setText(tr("✓ All changes are saved immediately"));
    }
}

void DocumentStatus::showSaveFailed() {
    //: Status bar after a failed save.
    saved_->setText(tr("⚠ The last change was not saved"));
}

} // namespace dpia::ui
