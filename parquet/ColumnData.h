#pragma once

#include "PodBuffer.h"
#include "Schema.h"

#include <QByteArray>

#include <vector>

namespace Parquet {

// A variable-length value: a view into a page or dictionary buffer kept by its ColumnData,
// so neither PLAIN nor dictionary-encoded strings are copied while decoding.
struct ByteView
{
    const char *data;
    qint64 size;
};

// Values of one physical type, densely: fixed-width ones as raw little-endian bytes (BOOLEAN
// one byte each, INT96 twelve, FIXED_LEN_BYTE_ARRAY its length), BYTE_ARRAY ones as views.
struct ValueBuffer
{
    int width = 0; // 0 for BYTE_ARRAY
    PodBuffer<char> fixed;
    PodBuffer<ByteView> views;
    // Buffers the views point into.
    std::vector<QByteArray> keep;

    qint64 count() const { return width ? fixed.size() / width : views.size(); }
};

// One column chunk (or its first pages) decoded: levels for every entry and the values of
// the entries that are defined, in order. Record assembly walks these with one cursor per
// leaf.
struct ColumnData
{
    const SchemaNode *leaf = nullptr;
    int maxDef = 0;
    int maxRep = 0;
    qint64 entries = 0;
    PodBuffer<quint8> def; // empty when maxDef is 0 (every entry is defined)
    PodBuffer<quint8> rep; // empty when maxRep is 0 (every entry starts a row)
    ValueBuffer values;
    qint64 rowsStarted = 0; // entries with repetition level 0
};

int valueWidth(const SchemaNode &leaf);

} // namespace Parquet
