#pragma once

#include "core/baseline/baseline_types.h"
#include "core/baseline_compiler/diagnostics.h"

#include <map>
#include <string>
#include <vector>

namespace dpia::baseline {

/// A rule as authored, kept with its place so the validator can check it against the
/// questions once every file is read.
struct AuthoredRule {
    rules::Rule rule;
    SourceLocation at;
    std::string owner; ///< the id of the item that carries the rule
};

/// The whole baseline as read from YAML, plus where each item was written.
struct SourceModel : BaselineContent {

    /// Every id of every kind, with where it was defined (for uniqueness and references).
    std::multimap<std::string, SourceLocation> ids;
    /// Where each item was defined, by id.
    std::map<std::string, SourceLocation> where;
    std::vector<AuthoredRule> rules;
    /// Where each role of baseline.yaml `roles:` was named, by key.
    std::map<std::string, SourceLocation> roleAt;
    SourceLocation matrixAt{"matrix.yaml", 1};
    SourceLocation infoAt{"baseline.yaml", 1};
    SourceLocation criteriaAt{"criteria.yaml", 1};
};

/// The YAML files of a source folder: file name -> content.
using SourceFiles = std::map<std::string, std::string>;

/// Reads the *.yaml files of a folder into memory (refusing files over 4 MiB).
SourceFiles loadSourceFiles(const std::string& folder, Diagnostics& diagnostics);

/// Parses the files of a baseline source (docs/BASELINE.md, "Files"); `folder` only
/// prefixes the file names in diagnostics. Problems go to `diagnostics`; the model holds
/// whatever could be read.
SourceModel readSource(const std::string& folder, const SourceFiles& files,
                       Diagnostics& diagnostics);

} // namespace dpia::baseline
