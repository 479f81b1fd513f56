#pragma once

#include "ByteBuffer.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace Emulator {

// The distinct values of one column chunk, in first-seen order, kept as the PLAIN body of
// a dictionary page (4-byte length, bytes). Lookups hash the value's bytes in place: no
// allocation per value once the tables have grown.
class StringDictionary
{
public:
    StringDictionary();

    // The id of `value`, added if it is new.
    std::uint32_t insert(std::string_view value);
    std::string_view entry(std::uint32_t id) const
    {
        return std::string_view(m_plain.data() + m_offsets[id], m_lengths[id]);
    }
    // An entry as PLAIN stores it: its length, then its bytes.
    std::string_view plainEntry(std::uint32_t id) const
    {
        return std::string_view(m_plain.data() + m_offsets[id] - 4, m_lengths[id] + 4);
    }
    std::uint32_t size() const { return std::uint32_t(m_offsets.size()); }
    // The dictionary page body.
    std::string_view plain() const { return m_plain.view(); }
    void clear();

private:
    // A hash and the id it belongs to, read in one load while probing.
    struct Slot
    {
        std::uint32_t hash;
        std::uint32_t id; // entry id + 1; 0 is empty
    };
    void grow();

    ByteBuffer m_plain;
    std::vector<std::uint32_t> m_offsets; // of each entry's bytes in m_plain
    std::vector<std::uint32_t> m_lengths;
    std::vector<Slot> m_slots;
    std::uint32_t m_mask = 0;
};

} // namespace Emulator
