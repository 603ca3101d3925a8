#include "core/interchange/pdf_info.h"

#include "core/interchange/minbzk_errors.h"
#include "core/interchange/qpdf_info.h"

namespace dpia::interchange {

bool looksLikePdf(std::string_view bytes) {
    return bytes.substr(0, 5) == "%PDF-";
}

Result<std::string> pdfInfoString(std::string_view bytes, const std::string& key,
                                  const std::string& name) {
    std::string value;
    switch (qpdf::readInfoString(bytes, key, name, value)) {
    case qpdf::InfoString::found:
        return value;
    case qpdf::InfoString::missing:
        return notAFormFile(
            "de PDF bevat de gegevens van het formulier niet (" + key + " in het Info-woordenboek)",
            "the PDF does not hold the form's data (" + key + " in its Info dictionary)");
    case qpdf::InfoString::unreadable:
        break;
    }
    return notAFormFile("het is geen PDF-bestand dat dit programma kan lezen",
                        "it is not a PDF file this program can read");
}

} // namespace dpia::interchange
