#include "core/interchange/pdf_info.h"

#include "core/interchange/minbzk_errors.h"

// qpdf 11: use std::shared_ptr and none of the old PointerHolder (its headers warn otherwise).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace dpia::interchange {

bool looksLikePdf(std::string_view bytes) {
    return bytes.substr(0, 5) == "%PDF-";
}

Result<std::string> pdfInfoString(std::string_view bytes, const std::string& key,
                                  const std::string& name) {
    const auto notReadable = [&] {
        return notAFormFile("het is geen PDF-bestand dat dit programma kan lezen",
                            "it is not a PDF file this program can read");
    };
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        // Without recovery a damaged file is refused instead of rebuilt by guessing.
        pdf.setAttemptRecovery(false);
        // qpdf reads from `bytes` without copying them; they outlive `pdf`.
        pdf.processMemoryFile(name.c_str(), bytes.data(), bytes.size());
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        QPDFObjectHandle value = info.isDictionary() ? info.getKey("/" + key) : QPDFObjectHandle();
        if (!value.isInitialized() || !value.isString()) {
            return notAFormFile("de PDF bevat de gegevens van het formulier niet (" + key +
                                    " in het Info-woordenboek)",
                                "the PDF does not hold the form's data (" + key +
                                    " in its Info dictionary)");
        }
        return value.getUTF8Value();
    } catch (const std::exception&) {
        return notReadable();
    }
}

} // namespace dpia::interchange
