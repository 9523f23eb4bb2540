#pragma once

#include <stdexcept>

namespace OneWindow::PinyinGen {

/// Any reason the table cannot be written: a damaged archive, a line that does not follow
/// its field's syntax, a table that outgrew its 16-bit indices. The build stops with the
/// message, since a table silently missing readings would only show up as searches that
/// find nothing.
class GenerationError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace OneWindow::PinyinGen
