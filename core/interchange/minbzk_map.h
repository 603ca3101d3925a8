#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// How the answers of the government's Model DPIA form (MinBZK par-dpia-form, its
// assessment-output v2 JSON) correspond to this application's questions. The facts are in
// one data file, resources/interchange/minbzk.json, embedded in the program; the importer,
// the exporter and the table of docs/INTERCHANGE.md all read it.
namespace dpia::interchange {

/// A value of the form paired with an option id of this application. Several pairs may
/// share a side: the first pair of an option id is what the export writes; a form value
/// with pairs to two different options is ambiguous and is kept aside on import.
using OptionPair = std::pair<std::string, std::string>;

/// One child task of a repeatable group and the table column it fills. An empty `column`
/// means the group fills a text question, one paragraph per repetition.
struct MinbzkColumn {
    std::string task;
    std::string column;
    bool list = false; ///< the form's value is a list of strings (checkboxes)
    std::vector<OptionPair> options;
};

/// A yes/no task of the form and the options of a multichoice question it says "any of".
struct MinbzkFlag {
    std::string task;
    std::vector<std::string> options;
};

/// One question of this application and where the form keeps its answer.
struct MinbzkField {
    std::string question;
    std::string task; ///< the task id; empty for a `flags` field
    bool list = false;
    std::vector<OptionPair> options;
    std::vector<MinbzkColumn> columns; ///< non-empty: `task` is a repeatable group
    /// A multichoice question read through yes/no tasks of the form: each is "true" when the
    /// answer holds any of its options. Usually one option per task (the rights of §15); a
    /// task may stand for several ("special categories?" for the eight of art. 9).
    std::vector<MinbzkFlag> flags;
};

struct MinbzkForm {
    std::string name; ///< "dpia" or "prescan"
    std::string urn;  ///< "urn:nl:dpia:3.0", the definition's urn and version
    std::vector<MinbzkField> fields;
};

/// The forms of the embedded mapping. Read once; a broken mapping file is a build defect
/// that tests/core/interchange catches, so it aborts here instead of being half read.
const std::vector<MinbzkForm>& minbzkForms();

/// The form with this urn, or nullptr.
const MinbzkForm* minbzkForm(std::string_view urn);

/// The form with this name ("dpia", "prescan"), or nullptr.
const MinbzkForm* minbzkFormNamed(std::string_view name);

/// Parses a mapping document (the embedded file's format); throws std::runtime_error.
std::vector<MinbzkForm> parseMinbzkMap(std::string_view json);

/// The bytes of resources/interchange/minbzk.json (generated at build time).
std::string_view embeddedMinbzkMap();

} // namespace dpia::interchange
