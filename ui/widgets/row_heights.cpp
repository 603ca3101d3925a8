#include "ui/widgets/row_heights.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace dpia::ui {

void fitRowsToContents(QTableView* table) {
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* pending = new QTimer(table);
    pending->setSingleShot(true);
    pending->setInterval(0); // once after all columns of one resize moved
    QObject::connect(pending, &QTimer::timeout, table, &QTableView::resizeRowsToContents);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, pending,
                     qOverload<>(&QTimer::start));
}

} // namespace dpia::ui
