#pragma once

#include "core/error.h"

#include <string>

namespace dpia::interchange {

/// A file that is not a readable file of the Model DPIA form (exit 2 in the CLI): "This is
/// not a valid file of the Model DPIA form: <what>. Nothing was created." Has the signature
/// of storage::ProblemError, so the strict JSON parser reports through it too.
inline Error notAFormFile(const std::string& nl, const std::string& en) {
    return Error{
        ErrorCode::invalidJson,
        {"Dit is geen geldig bestand van het Model DPIA-formulier: " + nl +
             ". Er is niets aangemaakt.",
         "This is not a valid file of the Model DPIA form: " + en + ". Nothing was created."},
        "invalid model dpia file"};
}

} // namespace dpia::interchange
