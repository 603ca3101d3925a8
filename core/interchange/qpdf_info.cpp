#include "core/interchange/qpdf_info.h"

// qpdf 11: use std::shared_ptr and none of the old PointerHolder (its headers warn otherwise).
#define POINTERHOLDER_TRANSITION 4
#include <exception>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace dpia::interchange::qpdf {

InfoString readInfoString(std::string_view bytes, const std::string& key, const std::string& name,
                          std::string& value) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        // Without recovery a damaged file is refused instead of rebuilt by guessing.
        pdf.setAttemptRecovery(false);
        // qpdf reads from `bytes` without copying them; they outlive `pdf`.
        pdf.processMemoryFile(name.c_str(), bytes.data(), bytes.size());
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        QPDFObjectHandle found = info.isDictionary() ? info.getKey("/" + key) : QPDFObjectHandle();
        if (!found.isInitialized() || !found.isString()) {
            return InfoString::missing;
        }
        value = found.getUTF8Value();
        return InfoString::found;
    } catch (const std::exception&) {
        return InfoString::unreadable;
    }
}

} // namespace dpia::interchange::qpdf
