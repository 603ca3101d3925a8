#include "ui/widgets/page_header.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dpia::ui {

QLabel* addPageHeader(QVBoxLayout* layout, QWidget* parent, const QString& title,
                      const QString& introduction) {
    auto* heading = new QLabel(title, parent);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    heading->setMinimumWidth(1); // a long title may wrap rather than widen the page
    layout->addWidget(heading);
    if (!introduction.isEmpty()) {
        auto* intro = new QLabel(introduction, parent);
        intro->setObjectName(QStringLiteral("pageIntroduction"));
        intro->setWordWrap(true);
        intro->setMinimumWidth(1);
        layout->addWidget(intro);
    }
    return heading;
}

} // namespace dpia::ui
