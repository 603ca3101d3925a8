#include "ui/text/local_text.h"

#include "ui/text/translator.h"

#include <QCoreApplication>

namespace dpia::ui {

Lang uiLang() {
    return currentLanguage() == kEnglish ? Lang::en : Lang::nl;
}

QString errorMessage(const Error& error) {
    QString message = local(error.message);
    if (message.isEmpty()) {
        //: Shown when the core gave no message for an error; %1 is a technical code.
        message = QCoreApplication::translate("dpia::ui::Errors",
                                              "Something went wrong (%1). Details are in the log.")
                      .arg(qs(errorCodeName(error.code)));
    }
    return message;
}

} // namespace dpia::ui
