#pragma once

#include "ui/report/report_input.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dpia::report {

/// Where the report is read. The content is the same for both: one builder, two
/// renderings. Paper is QTextDocument's HTML for the PDF and the printer; web is the
/// accessible HTML file (report_web.h), where the heat maps carry their title as a
/// caption instead of a layout table and headings go down one level at a time.
enum class Medium { paper, web };

/// Builds the DPIA report as HTML: cover, management summary, questionnaire, risk
/// register, safeguards, requirement coverage, action plan, advice and decision, appendix,
/// and what an import kept aside (when it did).
/// All user text is escaped; labels come from tr() (context "Report") and the baseline in
/// `input.lang`.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    explicit ReportBuilder(const ReportInput& input, Medium medium = Medium::paper)
        : in_(input), medium_(medium) {}

    /// The report in parts that each start on a new page, in reading order, each a whole
    /// QTextDocument HTML page.
    QStringList sections() const;
    /// The same parts without the page around them (body content only).
    QStringList parts() const;

    // Parts, public so tests can use them one by one.
    QString cover() const;
    QString summary() const;
    QString adviceSummary() const;
    /// One part of the questionnaire (A, B, ...) per entry.
    QStringList questionnaire() const;
    QString riskRegister() const;
    QString safeguards() const;
    QString coverage() const;
    QString actionPlan() const;
    QString adviceAndDecision() const;
    /// "Changes since version N": empty unless the input holds the changes of a revision.
    QString changesSince() const;
    QString appendix() const;
    /// "Imported, not mapped": what an import kept aside; empty when there is none.
    QString importedAppendix() const;

    /// Formats an ISO date ("2026-11-29") for the reader; other text is returned escaped.
    QString date(const std::string& iso) const;
    /// The level label of a matrix level code.
    QString levelLabel(const std::string& code) const;
    /// A table cell with the level's name (and `after`, e.g. " (3×4)") on its colour.
    QString levelCell(const std::string& code, const QString& after = {}) const;

private:
    QString heatMap(bool residual) const;
    QString heatMapTitle(bool residual) const;
    QString answer(const baseline::Question& question, const nlohmann::json& value) const;
    QString optionLabel(const std::vector<baseline::Option>& options, const std::string& id) const;
    QString statusName(storage::DocumentStatus status) const;
    QString riskTitle(const std::string& id) const;
    QString plainRiskTitle(const std::string& id) const;
    /// What moved a score, for a reader: a question's words or a safeguard's title; empty
    /// for the baseline's own steps (the starting point, the scale limits).
    QString traceSource(const std::string& source) const;
    /// The titles of the sections that hold these questions, each once, in order.
    QString sectionsOf(const std::vector<std::string>& questionIds) const;
    /// One change log row in words ("Answer changed: Which personal data ..."), saying how
    /// many changes it held when a list of edits was saved together.
    QString changeDescription(const storage::ChangeLogEntry& entry) const;
    /// The row's first (or only) change in words.
    QString firstChangeDescription(const storage::ChangeLogEntry& entry) const;
    /// A change log time ("2026-11-29T06:46:40Z") in local time, for a reader.
    QString timestamp(const std::string& isoUtc) const;
    /// How many changes of each kind the change log holds, as a table.
    QString changeSummary() const;

    const ReportInput& in_;
    Medium medium_;
};

} // namespace dpia::report
