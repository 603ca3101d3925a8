#pragma once

#include "core/baseline_compiler/source_model.h"
#include "core/baseline_compiler/yaml_reader.h"

// One reader per kind of baseline file; readSource() dispatches on the file name.
namespace dpia::baseline::detail {

void readInfo(YamlReader& reader, SourceModel& model);
void readSections(YamlReader& reader, SourceModel& model);
void readQuestions(YamlReader& reader, SourceModel& model);
void readRequirements(YamlReader& reader, SourceModel& model);
void readSafeguards(YamlReader& reader, SourceModel& model);
void readRisks(YamlReader& reader, SourceModel& model);
void readCriteria(YamlReader& reader, SourceModel& model);
void readMatrix(YamlReader& reader, SourceModel& model);

/// Records an item's id (for the across-kinds uniqueness check) and its place.
void defineId(SourceModel& model, const std::string& id, const SourceLocation& at);

/// Checks `id` against a pattern; reports "id 'x' of a <kind> must look like <example>".
bool checkIdForm(YamlReader& reader, const YAML::Node& node, const std::string& id,
                 const char* pattern, const char* kind, const char* example);

} // namespace dpia::baseline::detail
