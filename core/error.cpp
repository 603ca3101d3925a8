#include "core/error.h"

namespace dpia {

std::string_view errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::fileNotFound:
        return "file-not-found";
    case ErrorCode::notAnAssessment:
        return "not-an-assessment";
    case ErrorCode::newerVersion:
        return "newer-version";
    case ErrorCode::corrupt:
        return "corrupt";
    case ErrorCode::readOnly:
        return "read-only";
    case ErrorCode::lockedByOther:
        return "locked-by-other";
    case ErrorCode::changedOnDisk:
        return "changed-on-disk";
    case ErrorCode::alreadyExists:
        return "already-exists";
    case ErrorCode::diskFull:
        return "disk-full";
    case ErrorCode::ioError:
        return "io-error";
    case ErrorCode::unknownId:
        return "unknown-id";
    case ErrorCode::invalidValue:
        return "invalid-value";
    case ErrorCode::invalidBaseline:
        return "invalid-baseline";
    case ErrorCode::invalidJson:
        return "invalid-json";
    case ErrorCode::finalDocument:
        return "final-document";
    case ErrorCode::internal:
        return "internal";
    }
    return "internal";
}

} // namespace dpia
