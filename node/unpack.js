'use strict';
// Makes the JS objects of a result from the packed form the addon hands over
// (bindings/node/pack.hpp): one string holding every string of the result back to back, and one
// Float64Array holding, in described field order, which fields each object has, the numbers,
// booleans and enum values, the lengths of arrays and where each string ends. Each object is
// one object literal, generated once per type and per set of present fields, so V8 builds it
// as fast as JSON.parse would, without the JSON text. The objects are those JSON.parse made of
// ctct's JSON: the same keys in the same order, the same omissions and nulls.

// packedType(id) answers the JSON description of a type (pack.hpp says what it holds).
function unpacker(packedType) {
  // The result being read. JS thread only: a read runs no code that could start another.
  const at = { text: '', numbers: null, next: 0, end: 0 };
  const models = []; // per type id, the function reading one object of that type

  // Where the literals' code finds what it cannot spell inline: enum names, nested readers.
  const helpers = [];
  const helper = (value) => `h[${helpers.push(value) - 1}]`;
  const compile = (body) => new Function('a', 'h', `'use strict'; return ${body};`)(at, helpers);

  const real = (number) => (Number.isNaN(number) ? null : number); // NaN stands for null, as in JSON

  // JS reading one value of `type`, inline where it is short.
  function expression(type) {
    switch (type) {
      case 's':
        return 'a.text.substring(a.end, (a.end = a.numbers[a.next++]))';
      case 'i':
        return 'a.numbers[a.next++]';
      case 'f':
        return `${helper(real)}(a.numbers[a.next++])`;
      case 'b':
        return 'a.numbers[a.next++] === 1';
    }
    if (type.e) return `${helper(type.e)}[a.numbers[a.next++]]`;
    if (type.o) return `(a.numbers[a.next++] === 1 ? ${expression(type.o)} : null)`;
    if (type.a) {
      const item = expression(type.a);
      const list = compile(
        `function list() { const out = []; for (let n = a.numbers[a.next++]; n > 0; n--) out.push(${item}); return out; }`,
      );
      return `${helper(list)}()`;
    }
    return `${helper(model(type.m))}()`;
  }

  // The function reading an object of a type whose present fields are `mask`.
  function literal({ nulls, fields }, mask) {
    const members = [];
    fields.forEach(([name, type], bit) => {
      const present = Math.floor(mask / 2 ** bit) % 2 === 1;
      if (present) members.push(`${JSON.stringify(name)}: ${expression(type.o ?? type)}`);
      else if (nulls) members.push(`${JSON.stringify(name)}: null`);
    });
    return compile(`function object() { return { ${members.join(', ')} }; }`);
  }

  function model(id) {
    if (models[id]) return models[id];
    const description = JSON.parse(packedType(id));
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
