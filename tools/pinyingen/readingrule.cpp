#include "readingrule.h"

#include <algorithm>

namespace OneWindow::PinyinGen {

std::vector<std::string> chosenReadings(const CharacterFields &fields)
{
    std::vector<std::string> readings;
    const auto add = [&readings](const std::vector<std::string> &from) {
        for (const std::string &reading : from) {
            if (std::find(readings.begin(), readings.end(), reading) == readings.end())
                readings.push_back(reading);
        }
    };
    add(fields.mandarin);
    const auto afterMandarin = std::ptrdiff_t(readings.size());
    add(fields.tghz2013);
    add(fields.xhc1983);
    if (readings.empty())
        add(fields.hanyuPinyin);

    const auto frequency = [&fields](const std::string &reading) {
        const auto found = fields.pinluFrequency.find(reading);
        return found == fields.pinluFrequency.end() ? 0 : found->second;
    };
    std::stable_sort(readings.begin() + afterMandarin, readings.end(),
                     [&frequency](const std::string &a, const std::string &b) { return frequency(a) > frequency(b); });
    return readings;
}

} // namespace OneWindow::PinyinGen
