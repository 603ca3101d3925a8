#pragma once

#include "app/cli/cli_context.h"

// The CNIL's PIA software (docs/INTERCHANGE.md): import-cnil. Bad input prints one line on
// stderr and exits 2, with no file left behind.
namespace dpia::cli {

/// `import-cnil IN.json|IN.zip FILE [--json]`: a new document from a CNIL PIA export;
/// prints what came in, what was kept aside and the attachments. Never replaces FILE.
int runImportCnil(CliContext& context, CommandArgs args);

} // namespace dpia::cli
