#include "core/baseline_compiler/compiler.h"

#include "core/baseline_compiler/image_writer.h"
#include "core/baseline_compiler/source_model.h"
#include "core/baseline_compiler/validator.h"

namespace dpia::baseline {

namespace {

CompileResult compile(const std::string& folder, const SourceFiles& files,
                      Diagnostics& diagnostics) {
    const SourceModel model = readSource(folder, files, diagnostics);
    validate(model, diagnostics);

    CompileResult result;
    if (diagnostics.empty()) {
        std::string error;
        if (auto image = writeImage(model, error)) {
            result.image = std::move(*image);
        } else {
            diagnostics.add({folder, 0}, "cannot write the compiled baseline: " + error);
        }
    }
    result.diagnostics = diagnostics.items();
    return result;
}

} // namespace

CompileResult compileBaseline(const std::string& folder) {
    Diagnostics diagnostics;
    const SourceFiles files = loadSourceFiles(folder, diagnostics);
    if (!diagnostics.empty()) {
        return {diagnostics.items(), {}};
    }
    return compile(folder, files, diagnostics);
}

CompileResult compileBaselineFiles(const std::string& folder, const SourceFiles& files) {
    Diagnostics diagnostics;
    return compile(folder, files, diagnostics);
}

} // namespace dpia::baseline
