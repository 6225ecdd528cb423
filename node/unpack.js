'use strict';
// Makes the JS objects of a result from the packed form the addon hands over
// (bindings/node/pack.hpp): one string holding every string of the result back to back, and one
// Float64Array holding, in described field order, which fields each object has, the numbers,
// booleans and enum values, the lengths of arrays and where each string ends. Each object is
// one object literal, generated once per type and per set of present fields, so V8 builds it
// as fast as JSON.parse would, without the JSON text. The objects are those JSON.parse made of
// ctct's JSON: the same keys in the same order, the same omissions and nulls.

// Whether this process may compile code from strings: not under
// node --disallow-code-generation-from-strings, where objects are made from their entries
// instead (the same objects, slower).
function mayGenerateCode() {
  try {
    return new Function('return true')();
  } catch {
    return false;
  }
}

// The built-ins a read uses, as they were when ctct loaded: code that replaces them later
// cannot change the objects (JSON.parse, which made them before, was taken so too).
const substringOf = Function.prototype.call.bind(String.prototype.substring);
const isNotANumber = Number.isNaN;
const { parse } = JSON;
const { fromEntries } = Object;

// packedType(id) answers the JSON description of a type (pack.hpp says what it holds).
function unpacker(packedType) {
  // The result being read. JS thread only: a read runs no code that could start another.
  const at = { text: '', numbers: null, next: 0, end: 0 }; // next: the next number; end: the last string's
  const models = []; // per type id, the function reading one object of that type

  // The scalars, each as a function and as the same read spelt out for a generated literal,
  // where it is inlined (a call per string costs a tenth of a page's reading).
  const scalars = {
    s: {
      read: () => {
        const start = at.end;
        at.end = at.numbers[at.next++];
        return substringOf(at.text, start, at.end);
      },
      inline: 's(a.text, a.end, (a.end = a.numbers[a.next++]))',
    },
    i: { read: () => at.numbers[at.next++], inline: 'a.numbers[a.next++]' },
    b: { read: () => at.numbers[at.next++] === 1, inline: 'a.numbers[a.next++] === 1' },
    f: {
      read: () => {
        const value = at.numbers[at.next++];
        return isNotANumber(value) ? null : value; // as in JSON, where NaN is written null
      },
    },
  };

  // The function reading one value of `type`.
  function reader(type) {
    if (typeof type === 'string') return scalars[type].read;
    if (type.e) {
      const names = type.e;
      return () => names[at.numbers[at.next++]];
    }
    if (type.o) {
      const read = reader(type.o);
      return () => (at.numbers[at.next++] === 1 ? read() : null);
    }
    if (type.a) {
      const read = reader(type.a);
      return () => {
        const out = [];
        const length = at.numbers[at.next++];
        for (let i = 0; i < length; i++) out[i] = read();
        return out;
      };
    }
    return model(type.m);
  }

  // The function making an object whose members are [key, type], a type of null giving null.
  const none = () => null;
  const object = mayGenerateCode()
    ? (members) => {
        const reads = [];
        const code = members.map(([key, type]) => {
          const inline = type === null ? 'null' : scalars[type]?.inline;
          return `${JSON.stringify(key)}: ${inline ?? `r[${reads.push(reader(type)) - 1}]()`}`;
        });
        return new Function('a', 'r', 's', `return () => ({ ${code.join(', ')} });`)(at, reads, substringOf);
      }
    : (members) => {
        const reads = members.map(([key, type]) => [key, type === null ? none : reader(type)]);
        return () => fromEntries(reads.map(([key, read]) => [key, read()]));
      };

  // The function reading an object of a type whose present fields are `mask`.
  function literal({ nulls, fields }, mask) {
    const members = [];
    fields.forEach(([name, type], bit) => {
      const present = Math.floor(mask / 2 ** bit) % 2 === 1;
      // At a field an optional is present or not by the mask, with no flag of its own.
      if (present) members.push([name, type.o ?? type]);
      else if (nulls) members.push([name, null]);
    });
    return object(members);
  }

  function model(id) {
    if (models[id]) return models[id];
    const description = parse(packedType(id));
    const byMask = new Map();
    let lastMask = -1;
    let last = null;
    models[id] = () => {
      const mask = at.numbers[at.next++];
      if (mask !== lastMask) {
        if (!byMask.has(mask)) byMask.set(mask, literal(description, mask));
        last = byMask.get(mask);
        lastMask = mask;
      }
      return last();
    };
    return models[id];
  }

  return function unpack(text, numbers, type) {
    at.text = text;
    at.numbers = numbers;
    at.next = 0;
    at.end = 0;
    const result = model(type)();
    at.text = '';
    at.numbers = null;
    return result;
  };
}

module.exports = { unpacker };
