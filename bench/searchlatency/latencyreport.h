#pragma once

#include <QJsonObject>

#include <vector>

#include "keystrokes.h"

namespace OneWindow::Bench {

/// One timed search call.
struct Timing
{
    double ms = 0;
    int matches = 0; ///< SearchResult::total: every match before the limit
};

/// The latency of typed keystrokes, from passes[pass][keystroke]: overall (and without codes), by kind, by length
/// typed, by kind and length, and the slowest queries (median over the passes).
QJsonObject latencyReport(const std::vector<Keystroke> &typed, const std::vector<std::vector<Timing>> &passes);

/// A few lines for people: overall and per kind, and per length.
void printLatencySummary(const QJsonObject &report);

} // namespace OneWindow::Bench
