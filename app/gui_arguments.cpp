#include "app/gui_arguments.h"

namespace dpia::app {

GuiArguments parseGuiArguments(const QStringList& arguments) {
    GuiArguments parsed;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                parsed.problem = QStringLiteral("--lang needs nl or en");
                break;
            }
            const QString& value = arguments[++i];
            if (value == QLatin1String("nl") || value == QLatin1String("en")) {
                parsed.language = value;
            } else {
                parsed.problem = QStringLiteral("--lang needs nl or en, not ") + value;
            }
        } else if (!argument.startsWith(QLatin1Char('-')) && parsed.file.isEmpty()) {
            parsed.file = argument;
        }
    }
    return parsed;
}

} // namespace dpia::app
