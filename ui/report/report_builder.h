#pragma once

#include "ui/report/report_input.h"

#include <QCoreApplication>
#include <QString>

namespace dpia::report {

/// Builds the DPIA report as HTML for a QTextDocument: cover, management summary,
/// questionnaire, risk register, safeguards, requirement coverage, action plan, advice
/// and decision, appendix. All user text is escaped; labels come from tr() (context
/// "Report") and the baseline in `input.lang`.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    explicit ReportBuilder(const ReportInput& input) : in_(input) {}

    QString html() const;

    // Parts, public so tests and the print preview can use them one by one.
    QString cover() const;
    QString summary() const;
    QString questionnaire() const;
    QString riskRegister() const;
    QString safeguards() const;
    QString coverage() const;
    QString actionPlan() const;
    QString adviceAndDecision() const;
    QString appendix() const;

    /// Formats an ISO date ("2026-11-29") for the reader; other text is returned escaped.
    QString date(const std::string& iso) const;
    /// The level label of a matrix level code.
    QString levelLabel(const std::string& code) const;
    QString levelCell(const std::string& code) const;

private:
    QString heatMap(bool residual) const;
    QString answer(const baseline::Question& question, const nlohmann::json& value) const;
    QString optionLabel(const std::vector<baseline::Option>& options, const std::string& id) const;
    QString statusName(storage::DocumentStatus status) const;
    QString riskTitle(const std::string& id) const;

    const ReportInput& in_;
};

} // namespace dpia::report
