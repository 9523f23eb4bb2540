#pragma once

#include <QString>

#include <vector>

#include "catalog/catalogstore.h"

namespace OneWindow::Bench {

/// How a query spells its target item.
enum class QueryKind { Hanzi, Pinyin, Initials, Code };
constexpr int queryKindCount = 4;
QString kindName(QueryKind kind);

/// Every query is typed one character at a time, up to this many: after six a clerk has
/// usually found the item, and longer queries only narrow the candidates further.
constexpr int maxTypedLength = 6;

/// One search the search box runs: what is in it after a keystroke.
struct Keystroke
{
    QString text;
    QueryKind kind = QueryKind::Hanzi;
    int length = 0; ///< characters typed so far, 1..maxTypedLength
};

/// The keystrokes of typing `targets` items spread evenly over the catalog, each three ways:
/// its name in hanzi, its full pinyin and its initials; every tenth target is also typed by
/// the start of its code.
std::vector<Keystroke> keystrokes(const std::vector<Catalog::ItemSummary> &items, int targets);

} // namespace OneWindow::Bench
