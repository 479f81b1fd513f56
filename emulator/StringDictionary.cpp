#include "StringDictionary.h"

#include "ParquetEncoding.h"

#include <cstring>

namespace Emulator {

namespace {

std::uint64_t load(const char *p, std::size_t n)
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
}

// Eight bytes at a time, multiply and fold: quick on the short strings a dictionary pays for.
std::uint32_t hashBytes(std::string_view s)
{
    constexpr std::uint64_t K = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (s.size() + 1) * K;
    const char *p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        h = (h ^ load(p, 8)) * K;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        h = (h ^ load(p, n)) * K;
        h ^= h >> 32;
    }
    h *= 0xBF58476D1CE4E5B9ull;
    return std::uint32_t(h ^ (h >> 31));
}

} // namespace

StringDictionary::StringDictionary()
{
    m_slots.assign(1024, 0);
    m_mask = 1023;
}

void StringDictionary::clear()
{
    m_plain.clear();
    m_offsets.clear();
    m_lengths.clear();
    m_hashes.clear();
    std::fill(m_slots.begin(), m_slots.end(), 0);
}

std::uint32_t StringDictionary::insert(std::string_view value)
{
    const std::uint32_t hash = hashBytes(value);
    std::uint32_t slot = hash & m_mask;
    while (const std::uint32_t taken = m_slots[slot]) {
        const std::uint32_t id = taken - 1;
        if (m_hashes[id] == hash && m_lengths[id] == value.size()
            && std::memcmp(m_plain.data() + m_offsets[id], value.data(), value.size()) == 0)
            return id;
        slot = (slot + 1) & m_mask;
    }
    const std::uint32_t id = size();
    ParquetEncoding::appendLe32(m_plain, std::uint32_t(value.size()));
    m_offsets.push_back(std::uint32_t(m_plain.size()));
    m_lengths.push_back(std::uint32_t(value.size()));
    m_hashes.push_back(hash);
    m_plain.append(value);
    m_slots[slot] = id + 1;
    // Half full at most: probes stay short.
    if (std::size_t(id + 1) * 2 > m_slots.size())
        grow();
    return id;
}

void StringDictionary::grow()
{
    m_slots.assign(m_slots.size() * 2, 0);
    m_mask = std::uint32_t(m_slots.size() - 1);
    for (std::uint32_t id = 0; id < size(); ++id) {
        std::uint32_t slot = m_hashes[id] & m_mask;
        while (m_slots[slot])
            slot = (slot + 1) & m_mask;
        m_slots[slot] = id + 1;
    }
}

} // namespace Emulator
