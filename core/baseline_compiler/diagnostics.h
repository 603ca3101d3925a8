#pragma once

#include <string>
#include <vector>

namespace dpia::baseline {

/// Where an authored item stands: the YAML file and its 1-based line.
struct SourceLocation {
    std::string file;
    int line = 0;
};

/// One problem found in the baseline source, printed as `file:line: message`.
struct Diagnostic {
    SourceLocation at;
    std::string message;

    std::string format() const;
};

/// Collects problems; compilation fails when there is any.
class Diagnostics {
public:
    void add(const SourceLocation& at, std::string message);
    bool empty() const { return items_.empty(); }
    const std::vector<Diagnostic>& items() const { return items_; }

private:
    std::vector<Diagnostic> items_;
};

} // namespace dpia::baseline
