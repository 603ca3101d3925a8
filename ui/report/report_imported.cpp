// The appendix "Imported, not mapped": what an import from another DPIA tool kept aside
// verbatim (storage::ImportedItem, docs/INTERCHANGE.md), so the printed report shows that
// nothing of the source was dropped. Only there when the document holds such items.
#include "ui/report/report_builder.h"
#include "ui/report/report_html.h"

namespace dpia::report {

namespace {

/// A kept value as a reader sees it: a string as it is, anything else as compact JSON.
std::string shown(const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false);
}

} // namespace

QString ReportBuilder::importedAppendix() const {
    const auto& items = in_.assessment.imported;
    if (items.empty()) {
        return {};
    }
    //: Report appendix: what an import from another DPIA tool kept aside, verbatim.
    QString out = html::heading(1, tr("Appendix: imported, not mapped"));
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("An import brought in %n items that have no place in this DPIA. They "
                       "are kept as they were in the source, with where they were.",
                       nullptr, static_cast<int>(items.size()))
                        .toHtmlEscaped());
    out +=
        html::tableStart({tr("Source"), tr("Where in the source"), tr("Value")}, {16, 22, 62}, 7.5);
    for (const storage::ImportedItem& item : items) {
        out += html::row(
            {html::text(item.source), html::text(item.key), html::paragraphs(shown(item.value))});
    }
    return out + html::tableEnd();
}

} // namespace dpia::report
