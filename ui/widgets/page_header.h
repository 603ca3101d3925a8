#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace dpia::ui {

/// Adds the heading and the one-paragraph introduction of a page after the questionnaire
/// to `layout`, in the same style as the questionnaire's pages (FormPage). Returns the
/// heading, so a page can name itself after it.
QLabel* addPageHeader(QVBoxLayout* layout, QWidget* parent, const QString& title,
                      const QString& introduction);

} // namespace dpia::ui
