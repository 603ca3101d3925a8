// What the report says, read back from the PDF's text: every chapter, every answered
// question with its answer, every risk, in the chosen language, with the user's text
// printed literally.
#include "core/scoring/advice_records.h"
#include "tests/report/report_test_support.h"

#include <nlohmann/json.hpp>
#include <set>

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace dpia::report::testing {
namespace {

using baseline::QuestionType;

QString local(const LocalText& text, Lang lang) {
    return QString::fromStdString(text.in(lang));
}

/// The chapters and fixed headings of the report, in each language.
const QStringList kDutchTitles = {
    QStringLiteral("Managementsamenvatting"),
    QStringLiteral("Is een DPIA verplicht?"),
    QStringLiteral("De risico's in één oogopslag"),
    QStringLiteral("De hoogste risico's"),
    QStringLiteral("Voorafgaande raadpleging van de AP (artikel 36 AVG)"),
    QStringLiteral("Criteria en aandachtspunten"),
    QStringLiteral("Openstaande maatregelen"),
    QStringLiteral("Risicoregister"),
    QStringLiteral("Waarom elk risico zo scoort"),
    QStringLiteral("Maatregelen"),
    QStringLiteral("Dekking van de eisen"),
    QStringLiteral("Plan van aanpak"),
    QStringLiteral("Advies en besluit"),
    QStringLiteral("Ondertekening"),
    QStringLiteral("Bijlage: baseline en wijzigingslog"),
};
const QStringList kEnglishTitles = {
    QStringLiteral("Management summary"),
    QStringLiteral("Is a DPIA required?"),
    QStringLiteral("Risks at a glance"),
    QStringLiteral("The highest risks"),
    QStringLiteral("Prior consultation of the Dutch DPA (GDPR article 36)"),
    QStringLiteral("Criteria and points of attention"),
    QStringLiteral("Open measures"),
    QStringLiteral("Risk register"),
    QStringLiteral("Why each risk scores as it does"),
    QStringLiteral("Safeguards"),
    QStringLiteral("Requirement coverage"),
    QStringLiteral("Action plan"),
    QStringLiteral("Advice and decision"),
    QStringLiteral("Signatures"),
    QStringLiteral("Appendix: baseline and change log"),
};

/// The parts and sections of the questionnaire that hold a question the sample shows.
QStringList questionnaireTitles(Lang lang) {
    const auto& visible = sampleEvaluation().visibleQuestions;
    const std::set<std::string> shown(visible.begin(), visible.end());
    QStringList titles;
    for (const baseline::Part& part : shippedBaseline().parts()) {
        bool partShown = false;
        for (const baseline::Section& section : shippedBaseline().sections()) {
            if (section.part != part.id) {
                continue;
            }
            for (const baseline::Question* question : shippedBaseline().questionsIn(section.id)) {
                if (shown.count(question->id) > 0) {
                    titles << local(section.title, lang);
                    partShown = true;
                    break;
                }
            }
        }
        if (partShown) {
            titles << local(part.title, lang);
        }
    }
    return titles;
}

/// What the report must print for one answer: texts a reader can find, in `lang`.
QStringList expectedAnswer(const baseline::Question& question, const nlohmann::json& value,
                           Lang lang) {
    const QLocale locale(lang == Lang::en ? QLocale::English : QLocale::Dutch);
    const auto option = [&](const std::vector<baseline::Option>& options, const std::string& id) {
        for (const baseline::Option& candidate : options) {
            if (candidate.id == id) {
                return local(candidate.label, lang);
            }
        }
        return QString::fromStdString(id);
    };
    QStringList out;
    switch (question.type) {
    case QuestionType::text:
        out << QString::fromStdString(value.get<std::string>());
        break;
    case QuestionType::choice:
        out << option(question.options, value.get<std::string>());
        break;
    case QuestionType::multichoice:
        for (const auto& item : value) {
            out << option(question.options, item.get<std::string>());
        }
        break;
    case QuestionType::number:
        out << locale.toString(value.get<qlonglong>());
        break;
    case QuestionType::date:
        out << locale.toString(
            QDate::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate),
            QStringLiteral("d MMMM yyyy"));
        break;
    case QuestionType::table:
        for (const auto& row : value) {
            for (const baseline::Column& column : question.columns) {
                const auto cell = row.find(column.id);
                if (cell == row.end() || cell->is_null()) {
                    continue;
                }
                if (column.type == QuestionType::text) {
                    out << QString::fromStdString(cell->get<std::string>());
                } else if (column.type == QuestionType::choice) {
                    out << option(column.options, cell->get<std::string>());
                }
            }
        }
        break;
    case QuestionType::yesno: // "Ja" and "Nee" are everywhere; the question text is checked
        break;
    }
    return out;
}

class ReportContent : public SampleReport {};

TEST_F(ReportContent, EveryChapterAndQuestionnaireSectionHasItsTitle) {
    const QString body = squeezedBody(dutchPages().mid(1)); // not the contents on the cover
    for (const QString& title : kDutchTitles + questionnaireTitles(Lang::nl)) {
        EXPECT_TRUE(body.contains(squeeze(title))) << "missing title: " << title.toStdString();
    }
}

TEST_F(ReportContent, EveryAnsweredQuestionAppearsWithItsAnswer) {
    const QString body = squeezedBody(dutchPages());
    const auto& visible = sampleEvaluation().visibleQuestions;
    int checked = 0;
    for (const auto& [id, value] : sampleAssessment().answers) {
        if (std::find(visible.begin(), visible.end(), id) == visible.end()) {
            continue; // a hidden question is not part of the report
        }
        const baseline::Question* question = shippedBaseline().question(id);
        ASSERT_NE(question, nullptr) << id;
        SCOPED_TRACE(id);
        EXPECT_TRUE(body.contains(squeeze(local(question->text, Lang::nl))));
        for (const QString& expected : expectedAnswer(*question, value, Lang::nl)) {
            EXPECT_TRUE(containsText(body, expected))
                << "missing answer: " << expected.toStdString();
        }
        ++checked;
    }
    EXPECT_GT(checked, 100); // the sample answers nearly everything
}

TEST_F(ReportContent, EveryRiskIsInTheRegisterAndExplained) {
    const QString body = squeezedBody(dutchPages().mid(1)); // not the contents on the cover
    const qsizetype register_ = body.indexOf(squeeze(QStringLiteral("Risicoregister")));
    const qsizetype why = body.indexOf(squeeze(QStringLiteral("Waarom elk risico zo scoort")));
    const qsizetype safeguards = body.indexOf(squeeze(QStringLiteral("Instellingen en functies")));
    ASSERT_TRUE(register_ >= 0 && why > register_ && safeguards > why);
    const QString table = body.mid(register_, why - register_);
    const QString explanations = body.mid(why, safeguards - why);
    ASSERT_FALSE(sampleEvaluation().risks.empty());
    int notApplying = 0;
    for (const scoring::RiskResult& risk : sampleEvaluation().risks) {
        // A row of the register may break over two pages; a heading never does.
        EXPECT_TRUE(containsText(table, local(risk.title, Lang::nl))) << risk.id;
        // A risk that does not apply is listed with its reason, and explained nowhere.
        EXPECT_EQ(explanations.contains(squeeze(local(risk.title, Lang::nl))), risk.applies)
            << risk.id;
        if (!risk.applies) {
            ++notApplying;
            EXPECT_TRUE(containsText(
                table, local(shippedBaseline().risk(risk.id)->notApplicable, Lang::nl)))
                << risk.id;
        }
    }
    EXPECT_GT(notApplying, 0) << "the example has risks that do not apply (no Copilot)";
    for (const storage::Measure& measure : sampleAssessment().measures) {
        EXPECT_TRUE(containsText(body, QString::fromStdString(measure.title))) << measure.id;
    }
    for (const storage::Signoff& signoff : sampleAssessment().signoffs) {
        EXPECT_TRUE(containsText(body, QString::fromStdString(signoff.text))) << signoff.id;
    }
}

// One fact, one place: the advice, the decision and prior consultation read the same in the
// summary and in the chapter "Advies en besluit", and the example has nothing left that
// contradicts itself.
TEST_F(ReportContent, AdviceDecisionAndPriorConsultationReadTheSameInEveryChapter) {
    for (const scoring::Finding& finding : sampleEvaluation().findings) {
        ADD_FAILURE() << "the example contradicts itself: " << finding.text.en;
    }
    const QString body = squeezedBody(dutchPages().mid(1));
    const qsizetype summary = body.indexOf(squeeze(QStringLiteral("Managementsamenvatting")));
    const qsizetype register_ = body.indexOf(squeeze(QStringLiteral("Risicoregister")), summary);
    const qsizetype chapter = body.lastIndexOf(squeeze(QStringLiteral("Advies en besluit")));
    const qsizetype appendix =
        body.indexOf(squeeze(QStringLiteral("Bijlage: baseline en wijzigingslog")), chapter);
    ASSERT_TRUE(summary >= 0 && register_ > summary && chapter > register_ && appendix > chapter);
    const QString summaryText = body.mid(summary, register_ - summary);
    const QString adviceText = body.mid(chapter, appendix - chapter);

    int compared = 0;
    for (const scoring::AdviceRecord& record :
         scoring::adviceRecords(shippedBaseline(), sampleAssessment(), Lang::nl)) {
        if (record.outcome.empty() ||
            (record.role != storage::SignoffRole::fg && record.role != storage::SignoffRole::ciso &&
             record.role != storage::SignoffRole::controller)) {
            continue;
        }
        const QString outcome = QString::fromStdString(record.outcome);
        EXPECT_TRUE(containsText(summaryText, outcome)) << record.outcome;
        EXPECT_TRUE(containsText(adviceText, outcome)) << record.outcome;
        ++compared;
    }
    EXPECT_EQ(compared, 3) << "the DPO's and the CISO's advice and the decision";

    ASSERT_TRUE(sampleEvaluation().priorConsultation);
    for (const std::string& id : sampleEvaluation().priorConsultationRisks) {
        EXPECT_TRUE(containsText(summaryText, local(shippedBaseline().risk(id)->title, Lang::nl)))
            << id;
    }
    EXPECT_FALSE(summaryText.contains(squeeze(QStringLiteral("raadpleging is niet nodig"))));
}

TEST_F(ReportContent, TheCoverNamesTheDocument) {
    ASSERT_FALSE(dutchPages().isEmpty());
    const QString cover = squeeze(dutchPages().front());
    const storage::Metadata& meta = sampleAssessment().metadata;
    for (const std::string& field : {meta.title, meta.organisation, meta.author,
                                     meta.classification, shippedBaseline().info().version}) {
        EXPECT_TRUE(cover.contains(squeeze(QString::fromStdString(field)))) << field;
    }
    EXPECT_TRUE(cover.contains(squeeze(QStringLiteral("Ter beoordeling")))); // the status
}

TEST_F(ReportContent, TheEnglishReportIsEnglish) {
    const QString body = squeezedBody(englishPages());
    for (const QString& title : kEnglishTitles + questionnaireTitles(Lang::en)) {
        EXPECT_TRUE(body.contains(squeeze(title))) << "missing title: " << title.toStdString();
    }
    // The report's own words and the baseline's are English; only what the municipality
    // wrote stays Dutch. Titles stand on lines of their own.
    QStringList lines;
    for (const QString& page : englishPages()) {
        lines << bodyLines(page);
    }
    const QStringList englishTitles = kEnglishTitles + questionnaireTitles(Lang::en);
    for (const QString& dutch : kDutchTitles + questionnaireTitles(Lang::nl)) {
        if (!englishTitles.contains(dutch)) {
            EXPECT_FALSE(lines.contains(dutch)) << "Dutch title: " << dutch.toStdString();
        }
    }
    for (const QString& line : lines) {
        for (const QString& dutch :
             {QStringLiteral("Niet beantwoord."), QStringLiteral("Geraakte rechten:"),
              QStringLiteral("Met de getroffen maatregelen:")}) {
            EXPECT_FALSE(line.startsWith(dutch)) << line.toStdString();
        }
    }
    for (const QString& page : englishPages()) {
        EXPECT_FALSE(page.contains(QRegularExpression(QStringLiteral("pagina \\d+ van \\d+"))));
    }
    const baseline::Question* question = shippedBaseline().question("a2_data_items");
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(body.contains(squeeze(local(question->text, Lang::en))));
}

TEST(ReportEscaping, UserTextIsPrintedLiterallyNeverAsMarkup) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("escape.dpia"));
    const QString tricky = QStringLiteral("<b>x</b> &amp; <script>alert(1)</script> "
                                          "ë é € ’ — <i>schuin</i> &lt;");
    ASSERT_EQ(cli(QStringLiteral("en"), {QStringLiteral("new"), document, QStringLiteral("--title"),
                                         QStringLiteral("Titel ") + tricky})
                  .code,
              0);
    // A text answer, a cell of a table answer and a safeguard's evidence.
    const baseline::Question* table = shippedBaseline().question("a2_data_items");
    ASSERT_NE(table, nullptr);
    nlohmann::json row = nlohmann::json::object();
    for (const baseline::Column& column : table->columns) {
        row[column.id] = column.type == QuestionType::text
                             ? nlohmann::json(tricky.toStdString())
                             : nlohmann::json(column.options.front().id);
    }
    const std::string textQuestion = "a1_proposal";
    ASSERT_NE(shippedBaseline().question(textQuestion), nullptr);
    const std::string safeguard = shippedBaseline().safeguards().front().id;
    for (const QStringList& args :
         {QStringList{QStringLiteral("answer"), document, QString::fromStdString(textQuestion),
                      QString::fromStdString(nlohmann::json(tricky.toStdString()).dump())},
          QStringList{QStringLiteral("answer"), document, QStringLiteral("a2_data_items"),
                      QString::fromStdString(nlohmann::json::array({row}).dump())},
          QStringList{QStringLiteral("safeguard"), document, QString::fromStdString(safeguard),
                      QStringLiteral("implemented"), QStringLiteral("--evidence"), tricky}}) {
        const CliRun done = cli(QStringLiteral("en"), args);
        ASSERT_EQ(done.code, 0) << done.err.toStdString();
    }
    const QString pdf = dir.filePath(QStringLiteral("escape.pdf"));
    ASSERT_EQ(
        cli(QStringLiteral("en"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf})
            .code,
        0);
    const QString text = squeeze(pdfPages(pdf).join(QLatin1Char('\n')));
    // The title on the cover, the answer, the table's text cells and the evidence (the page
    // header may shorten the title).
    const qsizetype expected = 4;
    EXPECT_GE(text.count(squeeze(QStringLiteral("<b>x</b> &amp; <script>alert(1)</script>"))),
              expected)
        << text.toStdString();
    EXPECT_GE(text.count(squeeze(QStringLiteral("ë é € ’ — <i>schuin</i> &lt;"))), expected);
    EXPECT_EQ(text.count(QStringLiteral("&amp;amp;")), 0); // not escaped twice either
}

TEST(ReportChangeLog, ARowForAListOfEditsSaysHowManyChangesItHeld) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("lijst.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    const QString edits = dir.filePath(QStringLiteral("edits.json"));
    {
        QFile file(edits);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"([
            {"edit": "add-custom-risk", "custom_risk": {"title": "Gasten zien te veel",
             "likelihood": 2, "impact": 3}},
            {"edit": "add-measure", "measure": {"title": "Gasttoegang beperken",
             "risks": ["cr-1"]}},
            {"edit": "set-status", "status": "in-review"}])");
    }
    const CliRun done = cli(QStringLiteral("nl"), {QStringLiteral("edit"), document, edits});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    const std::pair<QString, QString> expected[] = {
        {QStringLiteral("nl"),
         QStringLiteral("Eigen risico toegevoegd: Gasten zien te veel (en nog "
                        "2 wijzigingen)")},
        {QStringLiteral("en"),
         QStringLiteral("Own risk added: Gasten zien te veel (and 2 more changes)")},
    };
    for (const auto& [lang, row] : expected) {
        const QString pdf = dir.filePath(QStringLiteral("rapport-%1.pdf").arg(lang));
        const CliRun report =
            cli(lang, {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
        ASSERT_EQ(report.code, 0) << report.err.toStdString();
        const QString body = squeezedBody(pdfPages(pdf));
        EXPECT_TRUE(containsText(body, row)) << lang.toStdString() << ": " << row.toStdString();
    }
}

/// The change log of a report, in words, from its heading on.
QString changeRows(const QString& pdf, const QString& heading) {
    const QString body = squeezedBody(pdfPages(pdf));
    return body.mid(body.indexOf(heading));
}

TEST(ReportChangeLog, ASchemaTwoTextLogReadsTheSameBeforeAndAfterItsMigration) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("oud.dpia"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(DPIA_TEST_DATA_DIR "/assessment-v2.dpia"), document));
    QFile(document).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const struct {
        QString lang;
        QString heading;
        QStringList rows;
    } languages[] = {
        {QStringLiteral("nl"),
         QStringLiteral("Wijzigingslog"),
         {QStringLiteral("Maatregel Auditlog: geïmplementeerd"),
          QStringLiteral("Status gewijzigd in: Definitief"),
          QStringLiteral("Eigen risico verwijderd"),
          QStringLiteral("Bestand omgezet naar bestandsformaatversie 2")}},
        {QStringLiteral("en"),
         QStringLiteral("Change log"),
         {QStringLiteral("Safeguard Audit log: implemented"),
          QStringLiteral("Status set to: Final"), QStringLiteral("Own risk removed"),
          QStringLiteral("File converted to file format version 2")}},
    };
    for (const auto& language : languages) {
        SCOPED_TRACE(language.lang.toStdString());
        // Read-only, a schema-2 file is read as it is (and not changed).
        const QString before = dir.filePath(QStringLiteral("voor-%1.pdf").arg(language.lang));
        ASSERT_EQ(
            cli(language.lang, {QStringLiteral("report"), document, QStringLiteral("-o"), before})
                .code,
            0);
        const QString rows = changeRows(before, language.heading);
        for (const QString& row : language.rows) {
            EXPECT_TRUE(containsText(rows, squeeze(row))) << row.toStdString();
        }
        // No internal word of the file reaches the reader.
        for (const char* internal : {"custom-risk", "signoff so-", "in-review", "m-1 updated"}) {
            EXPECT_FALSE(rows.contains(QString::fromLatin1(internal))) << internal;
        }
    }
    // A write migrates the file to schema 3; the history it already had reads the same.
    const QString nlBefore =
        changeRows(dir.filePath(QStringLiteral("voor-nl.pdf")), QStringLiteral("Wijzigingslog"));
    const CliRun migrated =
        cli(QStringLiteral("nl"), {QStringLiteral("status"), document, QStringLiteral("draft")});
    ASSERT_EQ(migrated.code, 0) << migrated.err.toStdString();
    const QString after = dir.filePath(QStringLiteral("na-nl.pdf"));
    ASSERT_EQ(
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), after})
            .code,
        0);
    const QString nlAfter = changeRows(after, QStringLiteral("Wijzigingslog"));
    // Two rows more (the migration and the status): the report lists the last 25, so the
    // oldest of the rows checked above has moved out of that list.
    for (const QString& row : languages[0].rows.mid(1)) {
        EXPECT_TRUE(containsText(nlAfter, squeeze(row))) << row.toStdString();
    }
    EXPECT_TRUE(containsText(nlAfter, squeeze(QStringLiteral("Bestand omgezet naar "
                                                             "bestandsformaatversie 3"))));
    EXPECT_GE(nlAfter.size(), nlBefore.size());
}

} // namespace
} // namespace dpia::report::testing
