#pragma once

#include "core/storage/lock_owner.h"

#include <QString>

namespace dpia::ui {

/// Who has a document open for editing, in words a person reads: their name where this
/// computer knows the account's full name ("Anouk Wessels (awessels)"), the computer, and
/// the local time ("on the computer GEM-LT-042 since 3-12-2026 13:05"); "you, in another
/// window on this computer" when it is this user here. No process ids, no UTC stamps.
QString lockHolderText(const storage::LockOwner& owner);

} // namespace dpia::ui
