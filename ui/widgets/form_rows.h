#pragma once

class QFormLayout;
class QLayout;
class QString;
class QWidget;

namespace dpia::ui {

/// Adds a row whose field sits in a layout with more beside it (a folder with "Browse…").
/// QFormLayout gives such a row's label no buddy, so its mnemonic would show as a literal
/// "&" and lead nowhere; here the label's mnemonic goes to `field`.
void addFieldRow(QFormLayout& form, const QString& label, QLayout* row, QWidget* field);

} // namespace dpia::ui
