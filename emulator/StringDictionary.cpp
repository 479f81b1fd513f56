#include "StringDictionary.h"

#include <cstring>

namespace Emulator {

namespace {

std::uint64_t load(const char *p, std::size_t n)
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
}

// Eight bytes at a time, multiply and fold, then a full avalanche so the low bits that pick
// the slot depend on every byte.
std::uint32_t hashBytes(std::string_view s)
{
    constexpr std::uint64_t K = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (s.size() + 1) * K;
    const char *p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        h = (h ^ load(p, 8)) * K;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0)
        h = (h ^ load(p, n)) * K;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return std::uint32_t(h);
}

} // namespace

StringDictionary::StringDictionary()
{
    m_slots.assign(256, Slot{0, 0});
    m_mask = 255;
}

void StringDictionary::clear()
{
    m_plain.clear();
    m_offsets.clear();
    m_lengths.clear();
    std::fill(m_slots.begin(), m_slots.end(), Slot{0, 0});
}

std::uint32_t StringDictionary::insert(std::string_view value)
{
    const std::uint32_t hash = hashBytes(value);
    std::uint32_t slot = hash & m_mask;
    for (;; slot = (slot + 1) & m_mask) {
        const Slot s = m_slots[slot];
        if (s.id == 0)
            break;
        if (s.hash != hash)
            continue;
        const std::uint32_t id = s.id - 1;
        if (m_lengths[id] == value.size()
            && std::memcmp(m_plain.data() + m_offsets[id], value.data(), value.size()) == 0)
            return id;
    }
    const std::uint32_t id = size();
    m_plain.appendLe(std::uint32_t(value.size()));
    m_offsets.push_back(std::uint32_t(m_plain.size()));
    m_lengths.push_back(std::uint32_t(value.size()));
    m_plain.append(value);
    m_slots[slot] = Slot{hash, id + 1};
    // Half full at most: probes stay short.
    if (std::size_t(id + 1) * 2 > m_slots.size())
        grow();
    return id;
}

void StringDictionary::grow()
{
    std::vector<Slot> old(m_slots.size() * 2, Slot{0, 0});
    old.swap(m_slots);
    m_mask = std::uint32_t(m_slots.size() - 1);
    for (const Slot &s : old) {
        if (s.id == 0)
            continue;
        std::uint32_t slot = s.hash & m_mask;
        while (m_slots[slot].id)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = s;
    }
}

} // namespace Emulator
