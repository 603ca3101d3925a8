#pragma once

#include <QProxyStyle>

class QApplication;

namespace dpia::ui {

/// The focus is always visible (WCAG 2.4.7): a 2 px frame in the palette's Highlight
/// colour around the widget that has the focus, drawn by a QFocusFrame that follows it,
/// and a 2 px frame around the current item of a list, tree or table while the view has
/// the focus (in HighlightedText when the item is selected, so it shows on the selection's
/// fill). Colours come from the palette, so a high-contrast theme gets its own contrast.
class FocusFrameStyle : public QProxyStyle {
    Q_OBJECT
public:
    /// The width of the frame, in device-independent pixels: the room QFocusFrame keeps
    /// around a widget (PM_FocusFrameHMargin/VMargin, 2 in every Qt style we run on).
    static constexpr int kFrameWidth = 2;

    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr,
                  const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;
};

/// A widget with this property set to true gets the focus frame when one of its children
/// has the focus (an option's box and its text, which read as one).
inline constexpr char kFocusFrameAroundParent[] = "focusFrameAroundParent";

/// Installs FocusFrameStyle over the application's style, the frame that follows the
/// focus, and scrolling into view: when the focus moves (Tab, arrow keys between options,
/// a mnemonic, a page that puts it on a field) to a widget outside the visible part of a
/// scrolling page, the page scrolls to show it. Once per application; later calls do
/// nothing.
void installFocusFrame(QApplication& app);

} // namespace dpia::ui
