#include "core/interchange/zip_reader.h"

#include "core/storage/validate.h"

#include <memory>
#include <set>
#include <zip.h>

namespace dpia::interchange {
namespace {

// The file type in the upper half of a Unix-made entry's external attributes, as the zip
// format stores it (the st_mode bits, whatever the platform reading the archive).
constexpr zip_uint32_t kUnixTypeMask = 0170000;
constexpr zip_uint32_t kUnixSymlink = 0120000;

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

/// A name that stays inside the folder it is unpacked in: relative, no `..` or empty
/// components, no backslashes (a Windows separator) or drive letters.
bool safeName(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos || (name.size() > 1 && name[1] == ':')) {
        return false;
    }
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        const std::string part = name.substr(start, end - start);
        const bool last = end == name.size();
        if (part == ".." || part == "." || (part.empty() && !last)) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

std::string shown(const std::string& name) {
    std::string out;
    for (const char c : name.substr(0, 80)) {
        out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
    }
    return out;
}

} // namespace

bool looksLikeZip(std::string_view bytes) {
    return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
           bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4);
}

Result<std::vector<ZipEntry>> readZip(const std::string& path, const ZipLimits& limits,
                                      storage::ProblemError problem) {
    int code = 0;
    // Without ZIP_CHECKCONS, which would refuse two entries of one name as only "damaged":
    // the checks below name the problem, and zip_fread checks each entry's CRC.
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open(path.c_str(), ZIP_RDONLY, &code));
    if (!archive && code == ZIP_ER_INCONS) {
        // libzip's own checks of the central directory, which include the names marked as
        // UTF-8 being so.
        return problem("het zip-archief is inconsistent (beschadigd, of een naam die geen "
                       "geldige UTF-8 is)",
                       "the zip archive is inconsistent (damaged, or a name that is not valid "
                       "UTF-8)");
    }
    if (!archive) {
        return problem("het zip-archief is beschadigd of geen zip-archief",
                       "the zip archive is damaged or not a zip archive");
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > limits.maxEntries) {
        return problem(
            "het zip-archief heeft meer dan " + std::to_string(limits.maxEntries) + " bestanden",
            "the zip archive has more than " + std::to_string(limits.maxEntries) + " files");
    }
    std::vector<ZipEntry> entries;
    std::set<std::string> seen;
    std::uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        const char* raw = zip_get_name(archive.get(), i, ZIP_FL_ENC_GUESS);
        const std::string name = raw == nullptr ? "" : raw;
        if (!storage::validate::isUtf8(name)) {
            return problem("een naam in het zip-archief is geen geldige UTF-8",
                           "a name in the zip archive is not valid UTF-8");
        }
        if (!safeName(name)) {
            return problem("het zip-archief bevat de naam \"" + shown(name) +
                               "\", die buiten de map wijst",
                           "the zip archive holds the name \"" + shown(name) +
                               "\", which points outside its folder");
        }
        if (!seen.insert(name).second) {
            return problem("het zip-archief bevat \"" + shown(name) + "\" twee keer",
                           "the zip archive holds \"" + shown(name) + "\" twice");
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), i, 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX && ((attributes >> 16) & kUnixTypeMask) == kUnixSymlink) {
            return problem("\"" + shown(name) +
                               "\" in het zip-archief is een symbolische koppeling",
                           "\"" + shown(name) + "\" in the zip archive is a symbolic link");
        }
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), i, 0, &stat) != 0) {
            return problem("het zip-archief is beschadigd", "the zip archive is damaged");
        }
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 &&
            stat.encryption_method != ZIP_EM_NONE) {
            return problem("\"" + shown(name) + "\" in het zip-archief is versleuteld",
                           "\"" + shown(name) + "\" in the zip archive is encrypted");
        }
        if (name.back() == '/') {
            continue; // a folder
        }
        const std::uint64_t declared = (stat.valid & ZIP_STAT_SIZE) != 0 ? stat.size : 0;
        const std::uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
        const auto tooLarge = [&] {
            return problem("\"" + shown(name) + "\" in het zip-archief is groter dan " +
                               std::to_string(limits.maxEntryBytes / (1024 * 1024)) +
                               " MiB of het archief pakt uit tot meer dan " +
                               std::to_string(limits.maxTotalBytes / (1024 * 1024)) + " MiB",
                           "\"" + shown(name) + "\" in the zip archive is larger than " +
                               std::to_string(limits.maxEntryBytes / (1024 * 1024)) +
                               " MiB or the archive unpacks to more than " +
                               std::to_string(limits.maxTotalBytes / (1024 * 1024)) + " MiB");
        };
        if (declared > limits.maxEntryBytes || total + declared > limits.maxTotalBytes) {
            return tooLarge();
        }
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive.get(), i, 0));
        if (!file) {
            return problem("\"" + shown(name) + "\" in het zip-archief is niet te lezen",
                           "\"" + shown(name) + "\" in the zip archive cannot be read");
        }
        // Read what is really there, one past the declared size, so a header that lies
        // about the size is caught instead of trusted.
        std::string bytes;
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
            if (got < 0) {
                return problem("\"" + shown(name) + "\" in het zip-archief is beschadigd",
                               "\"" + shown(name) + "\" in the zip archive is damaged");
            }
            if (got == 0) {
                break;
            }
            bytes.append(buffer, static_cast<std::size_t>(got));
            if (bytes.size() > declared || bytes.size() > limits.maxEntryBytes ||
                total + bytes.size() > limits.maxTotalBytes) {
                return bytes.size() > declared ? problem("\"" + shown(name) +
                                                             "\" in het zip-archief is groter dan "
                                                             "het archief zegt",
                                                         "\"" + shown(name) +
                                                             "\" in the zip archive is larger "
                                                             "than the archive says")
                                               : tooLarge();
            }
        }
        if (bytes.size() > 1024 * 1024 &&
            (packed == 0 || bytes.size() / packed > limits.maxRatio)) {
            return problem("\"" + shown(name) +
                               "\" in het zip-archief pakt verdacht sterk uit "
                               "(een zip-bom?)",
                           "\"" + shown(name) +
                               "\" in the zip archive unpacks suspiciously "
                               "far (a zip bomb?)");
        }
        total += bytes.size();
        entries.push_back(ZipEntry{name, std::move(bytes)});
    }
    return entries;
}

} // namespace dpia::interchange
