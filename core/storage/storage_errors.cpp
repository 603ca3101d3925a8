#include "core/storage/storage_errors.h"

#include <cerrno>
#include <filesystem>
#include <sqlite3.h>

namespace dpia::storage::errors {
namespace {

/// The name the user knows the file by (the last path component), quoted.
std::string shown(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    return "\"" + (name.empty() ? path : name) + "\"";
}

Error make(ErrorCode code, std::string nl, std::string en, std::string detail) {
    return Error{code, {std::move(nl), std::move(en)}, std::move(detail)};
}

} // namespace

Error fileNotFound(const std::string& path) {
    return make(ErrorCode::fileNotFound,
                "Het bestand " + shown(path) + " bestaat niet. Controleer de naam en de map.",
                "The file " + shown(path) + " does not exist. Check the name and the folder.",
                "file not found");
}

Error notSqlite(const std::string& path) {
    return make(ErrorCode::notAnAssessment,
                shown(path) +
                    " is geen DPIA-bestand. Kies een bestand dat met DPIA Assistent is gemaakt "
                    "(.dpia); het bestand is niet gewijzigd.",
                shown(path) +
                    " is not a DPIA file. Choose a file made with DPIA Assistent (.dpia); the file "
                    "has not been changed.",
                "not an SQLite file");
}

Error foreignDatabase(const std::string& path) {
    return make(
        ErrorCode::notAnAssessment,
        shown(path) + " is een database van een ander programma, geen DPIA-bestand. Kies een "
                      "bestand dat met DPIA Assistent is gemaakt; het bestand is niet gewijzigd.",
        shown(path) + " is a database of another program, not a DPIA file. Choose a file made "
                      "with DPIA Assistent; the file has not been changed.",
        "foreign application_id");
}

Error newerVersion(const std::string& path, long foundVersion) {
    return make(ErrorCode::newerVersion,
                "Dit bestand (" + shown(path) +
                    ") is gemaakt met een nieuwere versie van DPIA Assistent. Werk het programma "
                    "bij om het te openen; het bestand is niet gewijzigd.",
                "This file (" + shown(path) +
                    ") was made with a newer version of DPIA Assistent. Update the program to "
                    "open it; the file has not been changed.",
                "schema version " + std::to_string(foundVersion));
}

Error corrupt(const std::string& path, const std::string& detail) {
    return make(
        ErrorCode::corrupt,
        shown(path) + " is beschadigd of onvolledig (bijvoorbeeld na een afgebroken kopie). Open "
                      "een reservekopie of vraag de afzender het opnieuw te sturen; het bestand is "
                      "niet gewijzigd.",
        shown(path) + " is damaged or incomplete (for example after an interrupted copy). Open a "
                      "backup copy or ask the sender to send it again; the file has not been "
                      "changed.",
        "corrupt: " + detail);
}

Error unexpectedSchema(const std::string& path) {
    return make(
        ErrorCode::corrupt,
        shown(path) + " is door een ander programma gewijzigd: het bevat tabellen, triggers of "
                      "views die niet in een DPIA-bestand horen, of mist er. DPIA Assistent opent "
                      "het daarom niet. Open een reservekopie of vraag de afzender het opnieuw te "
                      "sturen; het bestand is niet gewijzigd.",
        shown(path) + " has been changed by another program: it holds tables, triggers or views "
                      "that do not belong in a DPIA file, or lacks some. DPIA Assistent therefore "
                      "does not open it. Open a backup copy or ask the sender to send it again; "
                      "the file has not been changed.",
        "corrupt: schema is not that of its version");
}

Error embeddedBaselineMismatch(const std::string& path) {
    return make(ErrorCode::corrupt,
                "De baseline in " + shown(path) +
                    " past niet bij de baseline die het document vastlegt (id, versie of "
                    "inhoudshash): iemand heeft haar vervangen. DPIA Assistent opent het "
                    "bestand daarom niet; het bestand is niet gewijzigd.",
                "The baseline embedded in " + shown(path) +
                    " does not match the baseline the document records (id, version or content "
                    "hash): someone has replaced it. DPIA Assistent therefore does not open the "
                    "file; the file has not been changed.",
                "corrupt: embedded baseline is not the recorded one");
}

Error fileReadOnly(const std::string& path) {
    return make(
        ErrorCode::readOnly,
        shown(path) + " is alleen-lezen geopend: het bestand is schrijfbeveiligd. Sla een kopie op "
                      "om verder te werken.",
        shown(path) + " is open read-only: the file is write-protected. Save a copy to continue "
                      "working.",
        "file not writable");
}

Error folderReadOnly(const std::string& path) {
    return make(ErrorCode::readOnly,
                shown(path) +
                    " is alleen-lezen geopend: in de map waarin het staat mag DPIA Assistent niet "
                    "schrijven. Sla een kopie op in een andere map om verder te werken.",
                shown(path) +
                    " is open read-only: DPIA Assistent may not write in its folder. Save a copy "
                    "in another folder to continue working.",
                "folder not writable");
}

Error openedReadOnly(const std::string& path) {
    return make(ErrorCode::readOnly,
                shown(path) +
                    " is alleen-lezen geopend. Open het opnieuw om te bewerken als u iets wilt "
                    "wijzigen.",
                shown(path) + " is open read-only. Open it again for editing to make changes.",
                "opened read-only");
}

Error cannotCreate(const std::string& path) {
    return make(
        ErrorCode::readOnly,
        shown(path) + " kan niet worden gemaakt: DPIA Assistent mag niet schrijven in deze map. "
                      "Kies een andere map.",
        shown(path) + " cannot be created: DPIA Assistent may not write in this folder. Choose "
                      "another folder.",
        "folder not writable for a new file");
}

Error cannotWrite(const std::string& path) {
    return make(ErrorCode::readOnly,
                shown(path) + " kan niet worden geschreven: DPIA Assistent mag hier niet "
                              "schrijven. Kies een andere map; er is niets gewijzigd.",
                shown(path) + " cannot be written: DPIA Assistent may not write here. Choose "
                              "another folder; nothing has been changed.",
                "not writable");
}

Error recoveryNeedsWrite(const std::string& path) {
    return make(ErrorCode::readOnly,
                "Bij " + shown(path) +
                    " is het opslaan eerder onderbroken (bijvoorbeeld door een stroomstoring). "
                    "Om de laatst opgeslagen toestand terug te zetten moet het bestand "
                    "schrijfbaar zijn; maak het schrijfbaar en open het opnieuw.",
                "Saving " + shown(path) +
                    " was interrupted earlier (for example by a power cut). To restore the last "
                    "saved state the file must be writable; make it writable and open it again.",
                "hot journal on a read-only file");
}

Error lockedByOther(const std::string& path, const LockOwner& owner) {
    const std::string user = owner.user.empty() ? "?" : owner.user;
    const std::string host = owner.host.empty() ? "?" : owner.host;
    const std::string pid = std::to_string(owner.pid);
    const std::string since = owner.since.empty() ? "?" : owner.since;
    return make(ErrorCode::lockedByOther,
                shown(path) + " is al geopend door " + user + " op " + host + " (proces " + pid +
                    ") sinds " + since +
                    ". U kunt het alleen-lezen openen, of wachten tot het daar gesloten is.",
                shown(path) + " is already open by " + user + " on " + host + " (process " + pid +
                    ") since " + since +
                    ". You can open it read-only, or wait until it is closed there.",
                "locked by another process");
}

Error lockFileUnusable(const std::string& path, LockProblem problem) {
    const std::string lock = "\".~lock." + std::filesystem::path(path).filename().string() + "#\"";
    const bool notAFile = problem == LockProblem::notAFile;
    const std::string nl =
        notAFile ? "geen gewoon bestand is (maar een map, koppeling of pijp)" : "u niet mag lezen";
    const std::string en =
        notAFile ? "is not an ordinary file (but a folder, link or pipe)" : "you may not read";
    return make(ErrorCode::lockedByOther,
                "Naast " + shown(path) + " staat een vergrendelbestand " + lock + " dat " + nl +
                    ", dus DPIA Assistent kan niet zien of iemand anders het document bewerkt. "
                    "Open het alleen-lezen, of vraag de beheerder van de map het "
                    "vergrendelbestand te verwijderen; het document is niet gewijzigd.",
                "Next to " + shown(path) + " there is a lock file " + lock + " that " + en +
                    ", so DPIA Assistent cannot tell whether someone else is editing the "
                    "document. Open it read-only, or ask whoever manages the folder to remove "
                    "the lock file; the document has not been changed.",
                notAFile ? "lock file is not a regular file" : "lock file not readable");
}

Error busy(const std::string& path, const std::string& detail) {
    return make(ErrorCode::lockedByOther,
                "Een ander programma gebruikt " + shown(path) +
                    " op dit moment; er is niets gewijzigd. Probeer het zo opnieuw.",
                "Another program is using " + shown(path) +
                    " right now; nothing has been changed. Try again in a moment.",
                "busy: " + detail);
}

Error changedOnDisk(const std::string& path) {
    return make(
        ErrorCode::changedOnDisk,
        shown(path) + " is door een ander programma gewijzigd sinds u het opende. Uw laatste "
                      "wijziging is niet opgeslagen en het bestand is niet overschreven. Sluit het "
                      "document en open het opnieuw.",
        shown(path) + " was changed by another program since you opened it. Your last change was "
                      "not saved and the file was not overwritten. Close the document and open it "
                      "again.",
        "changed on disk");
}

Error alreadyExists(const std::string& path) {
    return make(ErrorCode::alreadyExists,
                shown(path) + " bestaat al. Kies een andere naam; het bestaande bestand is niet "
                              "overschreven.",
                shown(path) +
                    " already exists. Choose another name; the existing file has not been "
                    "overwritten.",
                "already exists");
}

Error diskFull(const std::string& path, const std::string& detail) {
    return make(ErrorCode::diskFull,
                "De schijf van " + shown(path) +
                    " is vol: er is niets geschreven. Maak ruimte vrij en probeer het opnieuw.",
                "The disk of " + shown(path) +
                    " is full: nothing has been written. Free up space and try again.",
                "disk full: " + detail);
}

Error ioError(const std::string& path, const std::string& detail) {
    return make(ErrorCode::ioError,
                "Het besturingssysteem weigerde te lezen of te schrijven in " + shown(path) +
                    "; er is niets gewijzigd. Controleer de schijf of de verbinding met de "
                    "netwerkmap en probeer het opnieuw.",
                "The operating system refused to read or write " + shown(path) +
                    "; nothing has been changed. Check the disk or the connection to the "
                    "network folder and try again.",
                "i/o error: " + detail);
}

Error editNotSaved(const std::string& path, Error error) {
    const bool busyNow =
        error.code == ErrorCode::lockedByOther && error.detail.rfind("busy", 0) == 0;
    if (error.code == ErrorCode::diskFull) {
        error.message = {"De schijf van " + shown(path) +
                             " is vol: uw laatste wijziging is niet opgeslagen. Maak ruimte vrij "
                             "en probeer het opnieuw; eerdere wijzigingen zijn veilig.",
                         "The disk of " + shown(path) +
                             " is full: your last change was not saved. Free up space and try "
                             "again; earlier changes are safe."};
    } else if (error.code == ErrorCode::ioError) {
        error.message = {"Het besturingssysteem weigerde te lezen of te schrijven in " +
                             shown(path) +
                             "; uw laatste wijziging is niet opgeslagen. Controleer de schijf of "
                             "de verbinding met de netwerkmap en probeer het opnieuw.",
                         "The operating system refused to read or write " + shown(path) +
                             "; your last change was not saved. Check the disk or the connection "
                             "to the network folder and try again."};
    } else if (busyNow) {
        error.message = {"Een ander programma gebruikt " + shown(path) +
                             " op dit moment; uw laatste wijziging is niet opgeslagen. Probeer "
                             "het zo opnieuw.",
                         "Another program is using " + shown(path) +
                             " right now; your last change was not saved. Try again in a "
                             "moment."};
    }
    return error;
}

Error finalDocument() {
    return make(ErrorCode::finalDocument,
                "Dit document is definitief en kan niet meer worden gewijzigd. Zet de status "
                "terug naar concept als u het toch wilt bewerken.",
                "This document is final and can no longer be changed. Set its status back to "
                "draft if you need to edit it.",
                "document is final");
}

Error unknownItem(const LocalText& kind, const std::string& id) {
    return make(ErrorCode::unknownId, "Het document heeft geen " + kind.nl + " met id " + id + ".",
                "The document has no " + kind.en + " with id " + id + ".", "unknown " + kind.en);
}

Error duplicateItem(const LocalText& kind, const std::string& id) {
    return make(ErrorCode::invalidValue,
                "Het document heeft al een " + kind.nl + " met id " + id + "; kies een ander id.",
                "The document already has a " + kind.en + " with id " + id + "; choose another id.",
                "duplicate " + kind.en);
}

Error invalidValue(const std::string& field, const std::string& nl, const std::string& en) {
    return make(ErrorCode::invalidValue, "Ongeldige waarde voor " + field + ": " + nl + ".",
                "Invalid value for " + field + ": " + en + ".", "invalid value for " + field);
}

Error notAsked(const std::string& question, const std::string& on) {
    return make(ErrorCode::invalidValue,
                "De vraag " + question + " wordt in dit document niet gesteld: het antwoord op " +
                    on +
                    " maakt haar niet van toepassing. Wijzig eerst dat antwoord als het "
                    "niet klopt. Het document is niet gewijzigd.",
                "Question " + question + " is not asked in this document: the answer to " + on +
                    " makes it not apply. Change that answer first if it is wrong. The document "
                    "has not been changed.",
                "answer to a hidden question");
}

Error invalidJson(const std::string& nl, const std::string& en) {
    return make(ErrorCode::invalidJson,
                "Dit is geen geldig DPIA-exportbestand: " + nl + ". Er is niets aangemaakt.",
                "This is not a valid DPIA export file: " + en + ". Nothing was created.",
                "invalid interchange JSON");
}

Error notAFile(const std::string& path) {
    return make(ErrorCode::invalidValue,
                shown(path) + " is geen gewoon bestand (maar een map, apparaat of koppeling); er "
                              "is niets geschreven. Kies een bestandsnaam.",
                shown(path) + " is not a regular file (but a folder, device or link); nothing "
                              "was written. Choose a file name.",
                "output is not a regular file");
}

Error wouldReplaceDocument(const std::string& path) {
    return make(ErrorCode::invalidValue,
                shown(path) + " is een DPIA-document en wordt niet overschreven; er is niets "
                              "geschreven. Kies een andere naam.",
                shown(path) + " is a DPIA document and is not overwritten; nothing was "
                              "written. Choose another name.",
                "output would replace a document");
}

Error invalidEdit(const std::string& nl, const std::string& en) {
    return make(ErrorCode::invalidValue,
                "Dit is geen geldige wijziging: " + nl + ". Het document is niet gewijzigd.",
                "This is not a valid edit: " + en + ". The document has not been changed.",
                "invalid edit JSON");
}

Error internal(const std::string& detail) {
    return make(ErrorCode::internal,
                "Interne fout in DPIA Assistent; er is niets gewijzigd. Zie het logbestand.",
                "Internal error in DPIA Assistent; nothing was changed. See the log file.", detail);
}

Error fromSqlite(int resultCode, const std::string& path, const std::string& operation) {
    const std::string detail =
        operation + ": " + sqlite3_errstr(resultCode) + " (" + std::to_string(resultCode) + ")";
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return diskFull(path, detail);
    case SQLITE_IOERR:
        return ioError(path, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error{ErrorCode::readOnly, fileReadOnly(path).message, detail};
    case SQLITE_CANTOPEN:
        return ioError(path, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return corrupt(path, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return busy(path, detail);
    default:
        return internal(detail);
    }
}

Error fromSqliteWhileOpening(int resultCode, const std::string& path,
                             const std::string& operation) {
    // SQLITE_NOMEM too: a damaged schema or rolled-back journal can ask SQLite for an
    // impossible allocation (found by fuzzing); a real shortage while opening one file is
    // far less likely than a damaged file. SQLITE_CONSTRAINT and SQLITE_MISMATCH: rows that
    // do not fit the schema a migration converts them into (a change log whose seq is not
    // a key, found by fuzzing) are a damaged file, not a fault of the program; so is a
    // value larger than SQLite's limits (SQLITE_TOOBIG).
    const int primary = resultCode & 0xff;
    if (primary == SQLITE_ERROR || primary == SQLITE_NOMEM || primary == SQLITE_CONSTRAINT ||
        primary == SQLITE_MISMATCH || primary == SQLITE_TOOBIG) {
        return corrupt(path, operation + ": " + sqlite3_errstr(resultCode) + " (" +
                                 std::to_string(resultCode) + ")");
    }
    return fromSqlite(resultCode, path, operation);
}

Error folderNotFound(const std::string& path) {
    const std::string folder = std::filesystem::path(path).parent_path().string();
    const std::string named = "\"" + (folder.empty() ? std::string(".") : folder) + "\"";
    return make(ErrorCode::fileNotFound,
                "De map " + named + " voor " + shown(path) +
                    " bestaat niet; er is niets geschreven. Kies een bestaande map.",
                "The folder " + named + " for " + shown(path) +
                    " does not exist; nothing has been written. Choose an existing folder.",
                "target folder not found");
}

Error notReadable(const std::string& path) {
    return make(
        ErrorCode::readOnly,
        shown(path) + " kan niet worden gelezen: u hebt geen leesrechten op dit bestand. Vraag de "
                      "eigenaar of de beheerder van de map om toegang; het bestand is niet "
                      "gewijzigd.",
        shown(path) + " cannot be read: you have no permission to read this file. Ask its owner or "
                      "whoever manages the folder for access; the file has not been changed.",
        "not readable");
}

Error notRegularInput(const std::string& path) {
    return make(ErrorCode::notAnAssessment,
                shown(path) + " is geen gewoon bestand (maar een map, apparaat of pijp) en wordt "
                              "niet gelezen. Kies een bestand; er is niets gewijzigd.",
                shown(path) + " is not a regular file (but a folder, device or pipe) and is not "
                              "read. Choose a file; nothing has been changed.",
                "input is not a regular file");
}

Error fromReadErrno(int errorNumber, const std::string& path, const std::string& operation) {
    switch (errorNumber) {
    case ENOENT:
    case ENOTDIR:
        return fileNotFound(path);
    case EACCES:
    case EPERM:
        return notReadable(path);
    case EISDIR:
    case ELOOP:
    case ENXIO:
        return notRegularInput(path);
    default:
        return ioError(path, operation + ": errno " + std::to_string(errorNumber));
    }
}

Error fromErrno(int errorNumber, const std::string& path, const std::string& operation) {
    const std::string detail = operation + ": errno " + std::to_string(errorNumber);
    switch (errorNumber) {
    case ENOENT:
    case ENOTDIR:
        return folderNotFound(path);
    case EEXIST:
        return alreadyExists(path);
    case EACCES:
    case EPERM:
    case EROFS:
        return Error{ErrorCode::readOnly, cannotWrite(path).message, detail};
    case ENOSPC:
    case EDQUOT:
        return diskFull(path, detail);
    default:
        return ioError(path, detail);
    }
}

} // namespace dpia::storage::errors
