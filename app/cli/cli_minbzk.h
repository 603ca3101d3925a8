#pragma once

#include "app/cli/cli_context.h"

// The government's Model DPIA form (docs/INTERCHANGE.md): import-minbzk and export-minbzk.
// Bad input prints one line on stderr and exits 2, with no file left behind.
namespace dpia::cli {

/// `import-minbzk IN.json|IN.pdf FILE [--json]`: a new document from the form's JSON (or
/// the PDF that carries it); prints what came in and what was kept aside. Never replaces
/// FILE.
int runImportMinbzk(CliContext& context, CommandArgs args);
/// `export-minbzk FILE OUT.json [--form dpia|prescan] [--force]`: the form's JSON; an
/// existing OUT.json is kept unless --force.
int runExportMinbzk(CliContext& context, CommandArgs args);

} // namespace dpia::cli
