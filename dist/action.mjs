import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn2, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity3.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity3.isNode(ctrl) || identity3.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity3.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity3.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity3.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity3.isNode(ctrl) || identity3.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity3.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity3.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity3.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity3.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity3.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity3.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity3.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity3.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity3.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity3.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity3.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity3.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity3.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity3.isScalar(ref.node) || identity3.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity3.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity3 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity3.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity3.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity3 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity3.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity3.isAlias(node) || identity3.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity3.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity3.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity3.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity3.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity3 = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity3.isDocument(value))
        value = value.contents;
      if (identity3.isNode(value))
        return value;
      if (identity3.isPair(value)) {
        const map = ctx.schema[identity3.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity3.MAP] : Symbol.iterator in Object(value) ? schema[identity3.SEQ] : schema[identity3.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity3 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity3.isNode(it) || identity3.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity3.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity3.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity3.isScalar(node) ? node.value : node;
        else
          return identity3.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity3.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity3.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity3.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity3.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str5) => str5.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str5, indent, comment) => str5.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str5.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str5) => /^(%|---|\.\.\.)/m.test(str5);
    function lineLengthOverLimit(str5, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str5.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str5[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str5 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str5 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str5 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str5 += "\\0";
                    break;
                  case "0007":
                    str5 += "\\a";
                    break;
                  case "000b":
                    str5 += "\\v";
                    break;
                  case "001b":
                    str5 += "\\e";
                    break;
                  case "0085":
                    str5 += "\\N";
                    break;
                  case "00a0":
                    str5 += "\\_";
                    break;
                  case "2028":
                    str5 += "\\L";
                    break;
                  case "2029":
                    str5 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str5 += "\\x" + code.substr(2);
                    else
                      str5 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str5 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str5 += "\n";
                  i += 2;
                }
                str5 += indent;
                if (json[i + 2] === " ")
                  str5 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str5 = start ? str5 + json.slice(start) : json;
      return implicitKey ? str5 : foldFlowLines.foldFlowLines(str5, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str5 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str5);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str5 : foldFlowLines.foldFlowLines(str5, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity3 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity3.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity3.isScalar(node) || identity3.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity3.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity3.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity3.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str5 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity3.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str5;
      return identity3.isScalar(node) || str5[0] === "{" || str5[0] === "[" ? `${props} ${str5}` : `${props}
${ctx.indent}${str5}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity3.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity3.isCollection(key2) || !identity3.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity3.isCollection(key2) || (identity3.isScalar(key2) ? key2.type === Scalar2.Scalar.BLOCK_FOLDED || key2.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str5 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str5.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str5 === "" ? "?" : explicitKey ? `? ${str5}` : str5;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str5 = `? ${str5}`;
        if (keyComment && !keyCommentDone) {
          str5 += stringifyComment.lineComment(str5, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str5;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str5 += stringifyComment.lineComment(str5, ctx.indent, commentString(keyComment));
        str5 = `? ${str5}
${indent}:`;
      } else {
        str5 = `${str5}:`;
        if (keyComment)
          str5 += stringifyComment.lineComment(str5, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity3.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity3.isScalar(value))
        ctx.indentAtStart = str5.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity3.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity3.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str5 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str5 += stringifyComment.lineComment(str5, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str5;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key2) => (merge.identify(key2) || identity3.isScalar(key2) && (!key2.type || key2.type === Scalar2.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity3.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity3.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity3.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity3 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity3.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity3.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity3 = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity3.NODE_TYPE, { value: identity3.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity3.isNode(key2))
          key2 = key2.clone(schema);
        if (identity3.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity3.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity3.isPair(item)) {
          const ik = identity3.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str6 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str6 += stringifyComment.lineComment(str6, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str6);
      }
      let str5;
      if (lines.length === 0) {
        str5 = flowChars.start + flowChars.end;
      } else {
        str5 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str5 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str5 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str5;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity3.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity3.isPair(item)) {
          const ik = identity3.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity3.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str5 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str5.includes("\n"));
        if (i < items2.length - 1) {
          str5 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str5.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str5 += ",";
          }
        }
        if (comment)
          str5 += stringifyComment.lineComment(str5, itemIndent, commentString(comment));
        lines.push(str5);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str5 = start;
          for (const line of lines)
            str5 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str5}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity3 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items2, key2) {
      const k = identity3.isScalar(key2) ? key2.value : key2;
      for (const it of items2) {
        if (identity3.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity3.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity3.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add2(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add2(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity3.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity3.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity3.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity3.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity3.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity3 = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity3.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity3.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity3.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity3.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity3.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str5) => str5,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str5) => new Scalar2.Scalar(str5[0] === "t" || str5[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str5) => str5.slice(-3).toLowerCase() === "nan" ? NaN : str5[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str5) => parseFloat(str5),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str5) {
        const node = new Scalar2.Scalar(parseFloat(str5));
        const dot = str5.indexOf(".");
        if (dot !== -1 && str5[str5.length - 1] === "0")
          node.minFractionDigits = str5.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str5, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str5) : parseInt(str5.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str5) => str5,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str5) => str5 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str5, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str5) : parseInt(str5, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str5) => parseFloat(str5),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str5, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str5)}`);
        return str5;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str5 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str5.length);
          for (let i = 0; i < str5.length; ++i)
            buffer[i] = str5.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str5;
        if (typeof node_buffer.Buffer === "function") {
          str5 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str5 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str5.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str5.substr(o, lineWidth);
          }
          str5 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str5 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity3.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity3.isPair(item))
            continue;
          else if (identity3.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity3.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs3.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity3.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs2.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity3.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str5) => str5.slice(-3).toLowerCase() === "nan" ? NaN : str5[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str5) => parseFloat(str5.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str5) {
        const node = new Scalar2.Scalar(parseFloat(str5.replace(/_/g, "")));
        const dot = str5.indexOf(".");
        if (dot !== -1) {
          const f = str5.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str5, offset, radix, { intAsBigInt }) {
      const sign = str5[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str5 = str5.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str5 = `0b${str5}`;
            break;
          case 8:
            str5 = `0o${str5}`;
            break;
          case 16:
            str5 = `0x${str5}`;
            break;
        }
        const n2 = BigInt(str5);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str5, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str5 = value.toString(radix);
        return value < 0 ? "-" + prefix + str5.substr(1) : prefix + str5;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str5, _onError, opt) => intResolve(str5, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity3.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity3.isPair(pair) ? identity3.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity3.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str5, asBigInt) {
      const sign = str5[0];
      const parts = sign === "-" || sign === "+" ? str5.substring(1) : str5;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str5, _onError, { intAsBigInt }) => parseSexagesimal(str5, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str5) => parseSexagesimal(str5, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str5) {
        const match = str5.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs2 = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs2.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs2.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags2, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags2) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags2))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags2)) {
        for (const tag of customTags2)
          tags = tags.concat(tag);
      } else if (typeof customTags2 === "function") {
        tags = customTags2(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags: customTags2, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags2, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity3.MAP, { value: map.map });
        Object.defineProperty(this, identity3.SCALAR, { value: string.string });
        Object.defineProperty(this, identity3.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity3.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity3 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity3.NODE_TYPE, { value: identity3.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity3.NODE_TYPE]: { value: identity3.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity3.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity3.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity3.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity3.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity3.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity3.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity3.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity3.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last2 = tokens[tokens.length - 1];
      const end = last2 ? last2.offset + last2.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity3.isScalar(a) && identity3.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity3.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity3.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd2, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last2 = /[ \t]*(.*)/sy;
      last2.lastIndex = pos;
      match = last2.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity3 = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity3.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity3.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity3.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar2.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity3.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity3.SCALAR];
    }
    function findScalarTagByTest({ atKey: atKey2, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey2 && tag2.default === "key") && tag2.test?.test(value)) || schema[identity3.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity3.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity3 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey2 = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey2 && ctx.options.stringKeys && (!identity3.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity3 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity3.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity3.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last2 = token.items[token.items.length - 1];
            if (last2 && !last2.sep && !last2.value && last2.start.length > 0 && findNonEmptyIndex(last2.start) === -1 && (token.indent === 0 || last2.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last2.start;
              else
                top.items.push({ start: last2.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar2.end) {
            sep4 = scalar2.end;
            sep4.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity3 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity3.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity3 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity3.isAlias;
    exports.isCollection = identity3.isCollection;
    exports.isDocument = identity3.isDocument;
    exports.isMap = identity3.isMap;
    exports.isNode = identity3.isNode;
    exports.isPair = identity3.isPair;
    exports.isScalar = identity3.isScalar;
    exports.isSeq = identity3.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str5) {
      const len = str5.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str5.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str5.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/generated/config-validate.cjs
var require_config_validate = __commonJS({
  "src/generated/config-validate.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/eks-access-lint/eks-access-lint/schemas/config.schema.json", "title": "eks-access-lint configuration (.eks-access-lint.yaml)", "type": "object", "additionalProperties": false, "properties": { "rules": { "description": "Re-level rules by id: off, note, warning or error.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9-]+/[a-z0-9-]+$" }, "additionalProperties": { "enum": ["off", "note", "warning", "error"] } }, "ignore": { "description": "Globs (relative to the config file's folder) of files not to lint.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "clusters": { "description": "Facts about clusters that the files may not show, by cluster name.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "account": { "$ref": "#/definitions/account" }, "authenticationMode": { "description": "The cluster's authentication mode, used when the files do not write it or do not show the cluster.", "enum": ["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"] }, "awsAuth": { "description": "Globs (relative to the config file's folder) of files whose aws-auth ConfigMaps belong to this cluster.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] } } } }, "defaultAccount": { "$ref": "#/definitions/account" }, "overrides": { "description": "Rule levels for some files, optionally only within the node at a JSON pointer; `off` suppresses the findings there (SARIF: suppression kind external). The last matching override wins.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files", "rules"], "properties": { "files": { "description": "Globs relative to the config file's folder.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "pointer": { "description": "A JSON pointer into the file's documents (e.g. /Resources/LegacyAdmin or /data/mapRoles): only findings inside that node.", "type": "string", "pattern": "^(/.*)?$" }, "rules": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9-]+/[a-z0-9-]+$" }, "additionalProperties": { "enum": ["off", "note", "warning", "error"] } }, "reason": { "description": "Why: the justification SARIF shows for suppressed findings.", "type": "string", "minLength": 1 } } } }, "policy": { "description": "The organisation's own rules (policy/* rules).", "type": "object", "additionalProperties": false, "properties": { "admins": { "description": "ARN patterns (IAM ArnLike: * and ? per ARN section, case-insensitive) of the principals allowed cluster admin.", "type": "array", "items": { "type": "string", "pattern": "^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$" } }, "allowedAccounts": { "description": "The only accounts whose principals may be mapped or given access entries.", "type": "array", "items": { "$ref": "#/definitions/account" } }, "forbidIamUsers": { "description": "Forbid IAM user principals (roles only).", "type": "boolean" } } } }, "definitions": { "account": { "type": "string", "pattern": "^[0-9]{12}$" } } };
    var pattern0 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
    var pattern1 = new RegExp("^[0-9]{12}$", "u");
    var pattern3 = new RegExp("^(/.*)?$", "u");
    var pattern5 = new RegExp("^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$", "u");
    var func2 = require_ucs2length().default;
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "rules" || key0 === "ignore" || key0 === "clusters" || key0 === "defaultAccount" || key0 === "overrides" || key0 === "policy")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data0 = data.rules;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              const _errs4 = errors;
              if (typeof key1 === "string") {
                if (!pattern0.test(key1)) {
                  const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$"', propertyName: key1 };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            for (const key2 in data0) {
              let data1 = data0[key2];
              if (!(data1 === "off" || data1 === "note" || data1 === "warning" || data1 === "error")) {
                const err3 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.ignore !== void 0) {
          let data2 = data.ignore;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err5 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.clusters !== void 0) {
          let data4 = data.clusters;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              let data5 = data4[key3];
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key4 in data5) {
                  if (!(key4 === "account" || key4 === "authenticationMode" || key4 === "awsAuth")) {
                    const err8 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/clusters/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data5.account !== void 0) {
                  let data6 = data5.account;
                  if (typeof data6 === "string") {
                    if (!pattern1.test(data6)) {
                      const err9 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/account", schemaPath: "#/definitions/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/account", schemaPath: "#/definitions/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data5.authenticationMode !== void 0) {
                  let data7 = data5.authenticationMode;
                  if (!(data7 === "CONFIG_MAP" || data7 === "API_AND_CONFIG_MAP" || data7 === "API")) {
                    const err11 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/authenticationMode", schemaPath: "#/properties/clusters/additionalProperties/properties/authenticationMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.clusters.additionalProperties.properties.authenticationMode.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data5.awsAuth !== void 0) {
                  let data8 = data5.awsAuth;
                  const _errs22 = errors;
                  let valid8 = false;
                  let passing0 = null;
                  const _errs23 = errors;
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err12 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsAuth", schemaPath: "#/properties/clusters/additionalProperties/properties/awsAuth/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsAuth", schemaPath: "#/properties/clusters/additionalProperties/properties/awsAuth/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                  var _valid0 = _errs23 === errors;
                  if (_valid0) {
                    valid8 = true;
                    passing0 = 0;
                  }
                  const _errs25 = errors;
                  if (Array.isArray(data8)) {
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data9 = data8[i1];
                      if (typeof data9 === "string") {
                        if (func2(data9) < 1) {
                          const err14 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsAuth/" + i1, schemaPath: "#/properties/clusters/additionalProperties/properties/awsAuth/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err14];
                          } else {
                            vErrors.push(err14);
                          }
                          errors++;
                        }
                      } else {
                        const err15 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsAuth/" + i1, schemaPath: "#/properties/clusters/additionalProperties/properties/awsAuth/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsAuth", schemaPath: "#/properties/clusters/additionalProperties/properties/awsAuth/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var _valid0 = _errs25 === errors;
                  if (_valid0 && valid8) {
                    valid8 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid8 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid8) {
                    const err17 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsAuth", schemaPath: "#/properties/clusters/additionalProperties/properties/awsAuth/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  } else {
                    errors = _errs22;
                    if (vErrors !== null) {
                      if (_errs22) {
                        vErrors.length = _errs22;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/clusters/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.defaultAccount !== void 0) {
          let data10 = data.defaultAccount;
          if (typeof data10 === "string") {
            if (!pattern1.test(data10)) {
              const err20 = { instancePath: instancePath + "/defaultAccount", schemaPath: "#/definitions/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/defaultAccount", schemaPath: "#/definitions/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.overrides !== void 0) {
          let data11 = data.overrides;
          if (Array.isArray(data11)) {
            const len2 = data11.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data12 = data11[i2];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.files === void 0) {
                  const err22 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data12.rules === void 0) {
                  const err23 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key5 in data12) {
                  if (!(key5 === "files" || key5 === "pointer" || key5 === "rules" || key5 === "reason")) {
                    const err24 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data12.files !== void 0) {
                  let data13 = data12.files;
                  const _errs38 = errors;
                  let valid15 = false;
                  let passing1 = null;
                  const _errs39 = errors;
                  if (typeof data13 === "string") {
                    if (func2(data13) < 1) {
                      const err25 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  var _valid1 = _errs39 === errors;
                  if (_valid1) {
                    valid15 = true;
                    passing1 = 0;
                  }
                  const _errs41 = errors;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err27 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    const len3 = data13.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data14 = data13[i3];
                      if (typeof data14 === "string") {
                        if (func2(data14) < 1) {
                          const err28 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      } else {
                        const err29 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  var _valid1 = _errs41 === errors;
                  if (_valid1 && valid15) {
                    valid15 = false;
                    passing1 = [passing1, 1];
                  } else {
                    if (_valid1) {
                      valid15 = true;
                      passing1 = 1;
                    }
                  }
                  if (!valid15) {
                    const err31 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  } else {
                    errors = _errs38;
                    if (vErrors !== null) {
                      if (_errs38) {
                        vErrors.length = _errs38;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data12.pointer !== void 0) {
                  let data15 = data12.pointer;
                  if (typeof data15 === "string") {
                    if (!pattern3.test(data15)) {
                      const err32 = { instancePath: instancePath + "/overrides/" + i2 + "/pointer", schemaPath: "#/properties/overrides/items/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/.*)?$" }, message: 'must match pattern "^(/.*)?$"' };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/overrides/" + i2 + "/pointer", schemaPath: "#/properties/overrides/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data12.rules !== void 0) {
                  let data16 = data12.rules;
                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    for (const key6 in data16) {
                      const _errs49 = errors;
                      if (typeof key6 === "string") {
                        if (!pattern0.test(key6)) {
                          const err34 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$"', propertyName: key6 };
                          if (vErrors === null) {
                            vErrors = [err34];
                          } else {
                            vErrors.push(err34);
                          }
                          errors++;
                        }
                      }
                      var valid18 = _errs49 === errors;
                      if (!valid18) {
                        const err35 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                    for (const key7 in data16) {
                      let data17 = data16[key7];
                      if (!(data17 === "off" || data17 === "note" || data17 === "warning" || data17 === "error")) {
                        const err36 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data12.reason !== void 0) {
                  let data18 = data12.reason;
                  if (typeof data18 === "string") {
                    if (func2(data18) < 1) {
                      const err38 = { instancePath: instancePath + "/overrides/" + i2 + "/reason", schemaPath: "#/properties/overrides/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/overrides/" + i2 + "/reason", schemaPath: "#/properties/overrides/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data.policy !== void 0) {
          let data19 = data.policy;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key8 in data19) {
              if (!(key8 === "admins" || key8 === "allowedAccounts" || key8 === "forbidIamUsers")) {
                const err42 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data19.admins !== void 0) {
              let data20 = data19.admins;
              if (Array.isArray(data20)) {
                const len4 = data20.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data21 = data20[i4];
                  if (typeof data21 === "string") {
                    if (!pattern5.test(data21)) {
                      const err43 = { instancePath: instancePath + "/policy/admins/" + i4, schemaPath: "#/properties/policy/properties/admins/items/pattern", keyword: "pattern", params: { pattern: "^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$" }, message: 'must match pattern "^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$"' };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/policy/admins/" + i4, schemaPath: "#/properties/policy/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/policy/admins", schemaPath: "#/properties/policy/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data19.allowedAccounts !== void 0) {
              let data22 = data19.allowedAccounts;
              if (Array.isArray(data22)) {
                const len5 = data22.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data23 = data22[i5];
                  if (typeof data23 === "string") {
                    if (!pattern1.test(data23)) {
                      const err46 = { instancePath: instancePath + "/policy/allowedAccounts/" + i5, schemaPath: "#/definitions/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/policy/allowedAccounts/" + i5, schemaPath: "#/definitions/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/policy/allowedAccounts", schemaPath: "#/properties/policy/properties/allowedAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data19.forbidIamUsers !== void 0) {
              if (typeof data19.forbidIamUsers !== "boolean") {
                const err49 = { instancePath: instancePath + "/policy/forbidIamUsers", schemaPath: "#/properties/policy/properties/forbidIamUsers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_TEST_BLANK_LINE = /^\s+$/;
    var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var REGEX_TEST_INVALID_PATH = /^\.{0,2}\/|^\.{1,2}$/;
    var REGEX_TEST_TRAILING_SLASH = /\/$/;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g;
    var RETURN_FALSE = () => false;
    var sanitizeRange = (range) => range.replace(
      REGEX_REGEXP_RANGE,
      (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0) ? match : EMPTY
    );
    var cleanRangeBackSlash = (slashes) => {
      const { length } = slashes;
      return slashes.slice(0, length - length % 2);
    };
    var REPLACERS = [
      [
        // Remove BOM
        // TODO:
        // Other similar zero-width characters?
        /^\uFEFF/,
        () => EMPTY
      ],
      // > Trailing spaces are ignored unless they are quoted with backslash ("\")
      [
        // (a\ ) -> (a )
        // (a  ) -> (a)
        // (a ) -> (a)
        // (a \ ) -> (a  )
        /((?:\\\\)*?)(\\?\s+)$/,
        (_, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE : EMPTY)
      ],
      // Replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_, m1) => {
          const { length } = m1;
          return m1.slice(0, length - length % 2) + SPACE;
        }
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^"
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/"
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*\\\*\\\*\\\//,
        // '**/foo' <-> 'foo'
        () => "^(?:.*\\/)?"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        /^(?=[^^])/,
        function startingReplacer() {
          return !/\/(?!$)/.test(this) ? "(?:^|\\/)" : "^";
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str5) => index + 6 < str5.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\]+)(\\\*)+(?=.+)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        (_, p1, p2) => {
          const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
          return p1 + unescaped;
        }
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        /(?:[^*])$/,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (match) => /\/$/.test(match) ? `${match}$` : `${match}(?=$|\\/$)`
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\\\*$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var TRAILING_WILD_CARD_REPLACERS = {
      [MODE_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      },
      [MODE_CHECK_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]*` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      }
    };
    var makeRegexPrefix = (pattern) => REPLACERS.reduce(
      (prev, [matcher, replacer]) => prev.replace(matcher, replacer.bind(pattern)),
      pattern
    );
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_TEST_BLANK_LINE.test(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern) && pattern.indexOf("#") !== 0;
    var splitPattern2 = (pattern) => pattern.split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str5 = this.regexPrefix.replace(
          REGEX_REPLACE_TRAILING_WILDCARD,
          // It does not need to bind pattern
          TRAILING_WILD_CARD_REPLACERS[mode]
        );
        const regex = this.ignoreCase ? new RegExp(str5, "i") : new RegExp(str5);
        return define(this, key2, regex);
      }
    };
    var createRule = ({
      pattern,
      mark
    }, ignoreCase) => {
      let negative = false;
      let body = pattern;
      if (body.indexOf("!") === 0) {
        negative = true;
        body = body.substr(1);
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
      }
      _add(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._added = true;
          return;
        }
        if (isString(pattern)) {
          pattern = {
            pattern
          };
        }
        if (checkPattern(pattern.pattern)) {
          const rule = createRule(pattern, this._ignoreCase);
          this._added = true;
          this._rules.push(rule);
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        makeArray(
          isString(pattern) ? splitPattern2(pattern) : pattern
        ).forEach(this._add, this);
        return this._added;
      }
      // Test one single path without recursively checking parent directories
      //
      // - checkUnignored `boolean` whether should check if the path is unignored,
      //   setting `checkUnignored` to `false` could reduce additional
      //   path matching.
      // - check `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult} true if a file is ignored
      test(path, checkUnignored, mode) {
        let ignored = false;
        let unignored = false;
        let matchedRule;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule[mode].test(path);
          if (!matched) {
            return;
          }
          ignored = !negative;
          unignored = negative;
          matchedRule = negative ? UNDEFINED : rule;
        });
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => REGEX_TEST_INVALID_PATH.test(path);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, checkUnignored, slices) {
        const path = originalPath && checkPath.convert(originalPath);
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return this._t(path, cache, checkUnignored, slices);
      }
      checkIgnore(path) {
        if (!REGEX_TEST_TRAILING_SLASH.test(path)) {
          return this.test(path);
        }
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        if (slices.length) {
          const parent = this._t(
            slices.join(SLASH) + SLASH,
            this._testCache,
            true,
            slices
          );
          if (parent.ignored) {
            return parent;
          }
        }
        return this._rules.test(path, false, MODE_CHECK_IGNORE);
      }
      _t(path, cache, checkUnignored, slices) {
        if (path in cache) {
          return cache[path];
        }
        if (!slices) {
          slices = path.split(SLASH).filter(Boolean);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path] = this._rules.test(path, checkUnignored, MODE_IGNORE);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path] = parent.ignored ? parent : this._rules.test(path, checkUnignored, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(path && checkPath.convert(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str5) => /^\\\\\?\\/.test(str5) || /["<>|\u0000-\u001F]+/u.test(str5) ? str5 : str5.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str5) => REGEX_SPECIAL_CHARS.test(str5);
    exports.isRegexChar = (str5) => str5.length === 1 && exports.hasRegexChars(str5);
    exports.escapeRegex = (str5) => str5.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str5) => str5.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str5) => {
      return str5.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last2 = segs[segs.length - 1];
      if (last2 === "") {
        return segs[segs.length - 2];
      }
      return last2;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str5 = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str5.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str5.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str5;
      let prefix = "";
      let glob3 = "";
      if (start > 0) {
        prefix = str5.slice(0, start);
        str5 = str5.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str5.slice(0, lastIndex);
        glob3 = str5.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob3 = str5;
      } else {
        base = str5;
      }
      if (base && base !== "" && base !== "/" && base !== str5) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob3) glob3 = utils.removeBackslashes(glob3);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob: glob3,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input2.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str5) => {
        switch (str5) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str5);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch6 = (glob3, options, returnState = false) => {
      if (Array.isArray(glob3)) {
        const fns = glob3.map((input2) => picomatch6(input2, options, returnState));
        const arrayMatcher = (str5) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str5);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob3) && glob3.tokens && glob3.input;
      if (glob3 === "" || typeof glob3 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch6.compileRe(glob3, options) : picomatch6.makeRe(glob3, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch6.test(input2, regex, options, { glob: glob3, posix: posix2 });
        const result2 = { glob: glob3, state, regex, posix: posix2, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored2(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch6.test = (input2, regex, options, { glob: glob3, posix: posix2 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input2 === glob3;
      let output = match && format2 ? format2(input2) : input2;
      if (match === false) {
        output = format2 ? format2(input2) : input2;
        match = output === glob3;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch6.matchBase(input2, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch6.matchBase = (input2, glob3, options, posix2 = options && options.windows) => {
      const regex = glob3 instanceof RegExp ? glob3 : picomatch6.makeRe(glob3, options);
      return regex.test(utils.basename(input2, { windows: posix2 }));
    };
    picomatch6.isMatch = (str5, patterns, options) => picomatch6(patterns, options)(str5);
    picomatch6.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch6.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch6.scan = (input2, options) => scan(input2, options);
    picomatch6.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch6.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch6.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse3.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse3(input2, options);
      }
      return picomatch6.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants;
    module.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch6(glob3, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob3, options, returnState);
    }
    Object.assign(picomatch6, pico);
    module.exports = picomatch6;
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname2, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group: group2, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group2) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path = directoryPath || ".";
      if (filters.every((filter) => filter(path, true))) paths.push(path);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups2, directory, files) => {
      groups2.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat2) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat2, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path);
        const stat2 = fs.statSync(resolvedPath);
        if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
        callback$1(stat2, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry3 = entries[i];
          if (entry3.isFile() || entry3.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry3.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry3.isDirectory()) {
            let path = joinDirectoryPath(entry3.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry3.name, path)) continue;
            this.pushDirectory(path, paths, filters);
            this.walkDirectory(this.state, path, path, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry3.isSymbolicLink()) {
            let path = joinPathWithBasePath(entry3.name, directoryPath);
            this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
              if (stat2.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry3.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn2) {
        this.globFunction = fn2;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path) => isMatch(path));
        return this;
      }
    };
  }
});

// node_modules/tinyglobby/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input2) => {
    const inputParts = input2.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input2)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result2 = `${prefix}/${p}`;
      return isDir ? result2.slice(0, -1) : result2;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result2 = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result2 !== "" ? `${result2}/` : result2 || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path) {
  var _result$parts;
  const result2 = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result2.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result2.parts : [path];
}
function convertPosixPathToPattern(path) {
  return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
  return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result2 = pattern;
  if (pattern[pattern.length - 1] === "/") result2 = pattern.slice(0, -1);
  if (result2[result2.length - 1] !== "*" && opts.expandDirectories) result2 += "/**";
  const escapedCwd = escapePath(cwd);
  result2 = isAbsolute2(result2.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result2) : posix.normalize(result2);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result2)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result2);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result2 = result2.slice(0, (n - i - 1) * 3) + result2.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result2;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore2 = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format2 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format2 : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore2(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format2(p, isDirectory);
      const matches = matcher(path) && !ignore2(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format2(p, isDirectory);
      return matcher(path) && !ignore2(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key2 in defaultOptions) if (opts[key2] === void 0) Object.assign(opts, { [key2]: defaultOptions[key2] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative8) : [];
}
function globSync(globInput, options) {
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative8) : [];
}
var import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, ESCAPED_WIN32_BACKSLASHES, convertPathToPattern, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/action.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync as existsSync5, mkdirSync, readFileSync as readFileSync5 } from "node:fs";
import { dirname as dirname9, resolve as resolve9 } from "node:path";

// src/config.ts
var import_yaml = __toESM(require_dist(), 1);
var import_config_validate = __toESM(require_config_validate(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var ConfigError = class extends Error {
};
var NAMES = [".eks-access-lint.yaml", ".eks-access-lint.yml", ".eks-access-lint.json"];
function findConfig(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const n of NAMES) if (existsSync(join(dir, n))) return join(dir, n);
    if (dirname(dir) === dir) return void 0;
  }
}
function loadConfig(path, knownRules) {
  if (!path) return { config: {} };
  let data;
  try {
    data = (0, import_yaml.parse)(readFileSync(path, "utf8")) ?? {};
  } catch (e) {
    throw new ConfigError(`${path}: ${e.message.split("\n")[0]}`);
  }
  const validate = import_config_validate.default;
  if (!validate(data)) {
    const first = validate.errors[0];
    const where = first.instancePath || "/";
    const detail = first.keyword === "additionalProperties" ? `unknown key "${first.params.additionalProperty}"` : first.message;
    throw new ConfigError(`${path}: ${where}: ${detail}`);
  }
  const config = data;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRules.has(id)) throw new ConfigError(`${path}: /rules/${id}: unknown rule id (see --list-rules)`);
  }
  (config.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules)) {
      if (!knownRules.has(id)) throw new ConfigError(`${path}: /overrides/${i}/rules/${id}: unknown rule id (see --list-rules)`);
    }
  });
  return { config, path };
}

// src/docs-url.ts
var REPO_URL = "https://github.com/eks-access-lint/eks-access-lint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/rules/${ruleId}/README.md`;
}

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function github(report2, _ctx) {
  const lines = report2.findings.map(
    (f) => command(COMMAND[f.severity], {
      file: f.file,
      line: f.range.start.line,
      col: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      title: f.ruleId
    }, f.message)
  );
  for (const d of report2.diagnostics) lines.push(command("warning", { file: d.file }, d.message));
  return lines.map((l) => l + "\n").join("");
}
function command(name, props, message) {
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name} ${list}::${escapeData(message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/formatters/pieces.ts
function* stringifyInPieces(shell, key2, list, make) {
  const text3 = JSON.stringify(shell, null, 2);
  const empty2 = `${JSON.stringify(key2)}: []`;
  const at3 = text3.indexOf(empty2);
  if (list.length === 0 || at3 === -1) return yield text3 + "\n";
  const indent = at3 - text3.lastIndexOf("\n", at3) - 1;
  const pad = " ".repeat(indent + 2);
  yield text3.slice(0, at3) + `${JSON.stringify(key2)}: [
`;
  for (let i = 0; i < list.length; i++) yield (i ? ",\n" : "") + JSON.stringify(make(list[i]), null, 2).replace(/^/gm, pad);
  yield `
${" ".repeat(indent)}]` + text3.slice(at3 + empty2.length) + "\n";
}

// src/formatters/json.ts
function summarize(report2) {
  const count = (s) => report2.findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), notes: count("note"), filesScanned: report2.filesScanned, filesLinted: report2.filesLinted };
}

// src/formatters/markdown.ts
function markdown(report2, ctx) {
  const s = summarize(report2);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const out = [
    "## eks-access-lint",
    "",
    `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")} in ${plural(s.filesLinted, "file")} with EKS access configuration (${s.filesScanned} scanned).`
  ];
  if (report2.findings.length) {
    out.push("", "| File | Severity | Rule | Message |", "| --- | --- | --- | --- |");
    for (const f of report2.findings) {
      const where = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
      out.push(`| ${cell(where)} | ${f.severity} | [${cell(f.ruleId)}](${ctx.docsUrl(f.ruleId)}) | ${cell(f.message)} |`);
    }
  }
  if (report2.diagnostics.length) {
    out.push("", "**Not read:**", "");
    for (const d of report2.diagnostics) out.push(`- ${cell(d.file)}: ${cell(d.message)}`);
  }
  return out.join("\n") + "\n";
}
function cell(text3) {
  return text3.replace(/[\\`*_[\]<>|#~!&]/g, (c) => c === "&" ? "&amp;" : `\\${c}`).replace(/\r?\n/g, "<br>");
}

// src/formatters/sarif.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "eksAccessLint/v1";
var DEFAULT_SECURITY_SEVERITY = { error: 7, warning: 4, note: 2 };
function sarifChunks(report2, ctx) {
  const ruleIndex = new Map(report2.rules.map((r, i) => [r.id, i]));
  const results = [...report2.findings, ...report2.suppressed ?? []];
  const files = [...new Set(results.map((f) => f.file))].sort();
  const artifactIndex = new Map(files.map((file, i) => [file, i]));
  const notifications = report2.diagnostics.map(
    (d) => ({
      level: d.level,
      message: { text: sentence(d.message) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file) } }]
    })
  );
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "eks-access-lint",
            version: report2.toolVersion,
            semanticVersion: report2.toolVersion,
            informationUri: REPO_URL,
            rules: report2.rules.map((r) => descriptor(r, ctx))
          }
        },
        invocations: [{ executionSuccessful: true, ...notifications.length ? { toolExecutionNotifications: notifications } : {} }],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
        ...files.length ? { artifacts: files.map((file) => ({ location: artifactLocation(file), roles: ["analysisTarget"] })) } : {},
        results: [],
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return stringifyInPieces(log2, "results", results, (f) => result(f, ruleIndex.get(f.ruleId), artifactIndex.get(f.file)));
}
function descriptor(r, ctx) {
  const sources = r.sources.map((s) => /^https?:\/\//.test(s) ? `<${s}>` : s);
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: sentence(r.description) },
    fullDescription: { text: sentence(r.rationale) },
    help: {
      text: [r.remediation, "", r.rationale, "", "Sources:", ...r.sources.map((s) => `- ${s}`)].join("\n"),
      markdown: ["**Fix:** " + r.remediation, "", r.rationale, "", "**Sources:**", "", ...sources.map((s) => `- ${s}`)].join("\n")
    },
    helpUri: ctx.docsUrl(r.id),
    defaultConfiguration: { level: r.severity },
    properties: {
      tags: r.tags,
      precision: precision(r),
      "security-severity": (r.securitySeverity ?? DEFAULT_SECURITY_SEVERITY[r.severity]).toFixed(1)
    }
  };
}
function result(f, ruleIndex, index) {
  const { start, end } = f.range;
  return {
    ruleId: f.ruleId,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: f.severity,
    message: { text: sentence(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifactLocation(f.file), ...index === void 0 ? {} : { index } },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
        },
        ...f.logicalPath ? { logicalLocations: [{ fullyQualifiedName: f.logicalPath }] } : {}
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.fix ? { fixes: [fix(f)] } : {},
    ...f.suppression ? { suppressions: [suppressionOf(f)] } : {}
  };
}
function suppressionOf(f) {
  const s = f.suppression;
  return { kind: s.kind, status: "accepted", ...s.justification ? { justification: s.justification } : {} };
}
function fix(f) {
  return {
    description: { text: sentence(f.fix.description[0].toUpperCase() + f.fix.description.slice(1)) },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(f.file),
        replacements: f.fix.edits.map((e) => ({
          deletedRegion: { startLine: e.range.start.line, startColumn: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column },
          ...e.text ? { insertedContent: { text: e.text } } : {}
        }))
      }
    ]
  };
}
function artifactLocation(file) {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : href + "/";
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function sentence(text3) {
  const t = text3.trimEnd();
  return /[.!?]$/.test(t) ? t : t + ".";
}
function precision(r) {
  const own = r.precision;
  return own ?? (r.severity === "error" ? "very-high" : "high");
}

// src/output.ts
import { closeSync, openSync, writeSync } from "node:fs";
var BATCH = 64 * 1024;
function writeFileInPieces(path, chunks) {
  const fd = openSync(path, "w");
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
}

// src/git.ts
var GitError = class extends Error {
};
var MAX_BUFFER = 1 << 30;
function git(args, cwd, input2) {
  const { execFileSync } = process.getBuiltinModule("node:child_process");
  return execFileSync("git", args, {
    cwd,
    input: input2,
    maxBuffer: MAX_BUFFER,
    stdio: ["pipe", "pipe", "pipe"],
    // No lock on the index for a read-only look (a pre-commit run or an editor may hold it).
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
  });
}
function failure(e) {
  const err = e;
  const line = err.stderr?.toString("utf8").trim().split("\n").find((l) => l.trim()) ?? "";
  return line.replace(/^fatal:\s*/, "") || err.message;
}
function openBase(cwd, ref) {
  if (!ref || ref.startsWith("-")) throw new GitError(`--base: "${ref}" is not a git revision`);
  let root;
  try {
    root = git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim();
  } catch (e) {
    if (e.code === "ENOENT") throw new GitError("--base needs git, and git is not installed (or not on PATH)");
    throw new GitError(`--base needs a git repository: ${failure(e)}`);
  }
  let commit;
  try {
    commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root).toString("utf8").trim();
  } catch {
    throw new GitError(`--base: unknown revision "${ref}" (not a commit in ${root}; in a shallow clone, fetch more history, e.g. actions/checkout with fetch-depth: 0)`);
  }
  const blobs = /* @__PURE__ */ new Map();
  for (const rec of nulSplit(git(["ls-tree", "-r", "-z", "--full-tree", commit], root))) {
    const tab = rec.indexOf("	");
    const [mode, type, id] = rec.slice(0, tab).split(" ");
    if (type === "blob" && mode !== "120000") blobs.set(rec.slice(tab + 1), id);
  }
  const changed = /* @__PURE__ */ new Set();
  const deleted = [];
  const status = nulSplit(git(["diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", commit, "--"], root));
  for (let i = 0; i + 1 < status.length; i += 2) {
    changed.add(status[i + 1]);
    if (status[i] === "D") deleted.push(status[i + 1]);
  }
  return { ref, commit, root, blobs, changed, deleted };
}
function readBlobs(base, ids) {
  const out = /* @__PURE__ */ new Map();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  let buf;
  try {
    buf = git(["cat-file", "--batch"], base.root, unique.join("\n") + "\n");
  } catch (e) {
    throw new GitError(`--base: cannot read files of ${base.ref}: ${failure(e)}`);
  }
  let at3 = 0;
  while (at3 < buf.length) {
    const nl = buf.indexOf(10, at3);
    if (nl === -1) break;
    const [id, type, size] = buf.subarray(at3, nl).toString("utf8").split(" ");
    at3 = nl + 1;
    if (type === "missing" || size === void 0) continue;
    const n = Number(size);
    out.set(id, buf.subarray(at3, at3 + n));
    at3 += n + 1;
  }
  return out;
}
function nulSplit(buf) {
  const parts = buf.toString("utf8").split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

// src/lint.ts
import { dirname as dirname8, isAbsolute as isAbsolute3, relative as relative7 } from "node:path";
import { getHeapSpaceStatistics, setFlagsFromString as setFlagsFromString2 } from "node:v8";

// src/detect.ts
var MARKERS = /aws-auth|AWS::EKS::|Custom::AWSCDK-EKS|aws_eks_|kubernetes_config_map|eksctl\.io\/|terraform-aws-modules\/(?:terraform-aws-)?eks/;
function mayHoldEksAccess(text3) {
  return MARKERS.test(text3);
}
var TEMPLATE = /\{\{-|\{\{\s*([.$"(]|(if|else|end|range|with|define|template|block|include|toYaml|toJson|tpl|printf|default|quote|required|nindent|indent|lookup|not|and|or|eq|ne)\b)|\{%/;
function isTemplate(text3) {
  return TEMPLATE.test(text3);
}
function isBinary(text3) {
  return text3.slice(0, 8192).includes("\0");
}
function sniffSyntax(text3) {
  const m = /\S/.exec(text3);
  return m && (m[0] === "{" || m[0] === "[") ? "json" : "yaml";
}
var MAX_YAML_CHARS = 5 * 1024 * 1024;
var MAX_JSON_CHARS = 256 * 1024 * 1024;
function tooLargeToParse(text3, syntax) {
  const max = syntax === "json" ? MAX_JSON_CHARS : MAX_YAML_CHARS;
  if (text3.length <= max) return void 0;
  const mb = (n) => `${Math.round(n / 1024 / 1024)} MB`;
  return `not linted: ${mb(text3.length)} of ${syntax === "json" ? "JSON" : "YAML"} is over the ${mb(max)} this tool parses`;
}

// src/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2, readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join2, relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform"]);
var EXTENSIONS = /\.(ya?ml|json|template|tfstate)$/i;
var GLOB_CHARS = /[*?[\]{}!]/;
function walkable(relPath) {
  const segs = toPosix(relPath).split("/");
  const name = segs.pop() ?? "";
  return EXTENSIONS.test(name) && !segs.some((s, i) => SKIP_DIRS.has(s) || s.startsWith("asset.") && segs[i - 1] === "cdk.out");
}
function isGlob(path) {
  return GLOB_CHARS.test(path);
}
async function discover(paths, cwd, ignoreGlobs = [], ignoreBase = cwd) {
  const found = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const ignored = ignoreGlobs.length ? (0, import_picomatch2.default)(ignoreGlobs, { dot: true }) : () => false;
  const keep = (abs) => !ignored(toPosix(relative2(ignoreBase, abs)));
  for (const p of paths) {
    const abs = resolve4(cwd, p);
    let stat2;
    try {
      stat2 = statSync2(abs);
    } catch (e) {
      if (GLOB_CHARS.test(p)) {
        const { glob: glob3 } = await Promise.resolve().then(() => (init_dist2(), dist_exports));
        const hits = await glob3(p, { cwd, absolute: true, dot: false, ignore: ["**/node_modules/**", "**/.git/**", "**/.terraform/**"] });
        if (hits.length === 0) diagnostics.push({ file: p, level: "warning", message: "no files match this pattern" });
        for (const h of hits) if (keep(h)) found.add(h);
      } else diagnostics.push({ file: p, level: "error", message: `cannot read: ${reason(e)}` });
      continue;
    }
    if (stat2.isDirectory()) walk(abs, ancestorsIgnores(abs), found, diagnostics, cwd, keep);
    else if (keep(abs)) found.add(abs);
  }
  return { files: [...found].sort(), diagnostics };
}
function walk(dir, inherited, found, diagnostics, cwd, keep) {
  const ignores = withIgnoreFile(dir, inherited);
  let entries;
  try {
    entries = readdirSync2(dir, { withFileTypes: true });
  } catch (e) {
    diagnostics.push({ file: toPosix(relative2(cwd, dir)) || ".", level: "error", message: `cannot read folder: ${reason(e)}` });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const inCdkOut = dir.endsWith(`${sep2}cdk.out`);
  for (const ent of entries) {
    const abs = join2(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        isFile = statSync2(abs).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) {
      if (SKIP_DIRS.has(ent.name) || inCdkOut && ent.name.startsWith("asset.")) continue;
      if (isIgnored(ignores, abs, true)) continue;
      walk(abs, ignores, found, diagnostics, cwd, keep);
    } else if (isFile && EXTENSIONS.test(ent.name) && !isIgnored(ignores, abs, false) && keep(abs)) {
      found.add(abs);
    }
  }
}
function withIgnoreFile(dir, inherited) {
  const file = join2(dir, ".gitignore");
  if (!existsSync2(file)) return inherited;
  try {
    return [...inherited, { dir, rules: (0, import_ignore.default)().add(readFileSync2(file, "utf8")) }];
  } catch {
    return inherited;
  }
}
function ancestorsIgnores(dir) {
  const chain = [];
  for (let d = dirname3(dir); ; d = dirname3(d)) {
    chain.unshift(d);
    if (existsSync2(join2(d, ".git")) || dirname3(d) === d) break;
  }
  if (!existsSync2(join2(chain[0], ".git"))) return [];
  return chain.reduce((acc, d) => withIgnoreFile(d, acc), []);
}
function isIgnored(ignores, abs, isDir) {
  for (const g of ignores) {
    const rel = toPosix(relative2(g.dir, abs));
    if (rel && !rel.startsWith("..") && g.rules.ignores(isDir ? rel + "/" : rel)) return true;
  }
  return false;
}
function toPosix(p) {
  return sep2 === "/" ? p : p.split(sep2).join("/");
}
function reason(e) {
  const code = e?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  if (code === "ELOOP") return "too many symbolic links";
  return e?.message ?? String(e);
}

// src/base.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync3, realpathSync as realpathSync2 } from "node:fs";
import { join as join3, relative as relative3, resolve as resolve5, sep as sep3 } from "node:path";

// src/model.ts
function emptyModel() {
  return { clusters: [], accessEntries: [], identityMappings: [], awsAuth: [], nodeRoles: [], parseFailures: [], unjoinedPolicies: [] };
}
function mergeModels(into, from) {
  into.clusters.push(...from.clusters);
  into.accessEntries.push(...from.accessEntries);
  into.identityMappings.push(...from.identityMappings);
  into.awsAuth.push(...from.awsAuth);
  into.nodeRoles.push(...from.nodeRoles);
  into.parseFailures.push(...from.parseFailures);
  into.unjoinedPolicies.push(...from.unjoinedPolicies);
  return into;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text3, ignoreTrivia = false) {
  const len = text3.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text3.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text3.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text3.length && text3.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
        while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text3.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text3.length && (text3.charCodeAt(pos) === 69 || text3.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text3.length && text3.charCodeAt(pos) === 43 || text3.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
        while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text3.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text3.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text3.charCodeAt(pos);
      if (ch === 34) {
        result2 += text3.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text3.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text3.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text3.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text3.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text3.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text3.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text3.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text3.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text3.substring(start, pos);
          return token = 12;
        }
        if (text3.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text3.charCodeAt(pos);
            if (ch === 42 && text3.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text3.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text3.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text3.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text3.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text3.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text3, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep4, offset, length) => {
      if (currentParent.type === "property") {
        if (sep4 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep4 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text3, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function visit(text3, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text3, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/parse/json.ts
var identity = (o) => o;
function parseJson(text3, map = identity) {
  const raw = [];
  const tree = parseTree2(text3, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const errors = raw.map((e) => ({
    message: describe(printParseErrorCode(e.error)),
    offset: map(e.offset, false),
    end: map(e.offset + e.length, true)
  }));
  return { root: tree ? convert(tree, map) : void 0, errors };
}
function describe(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function convert(n, map) {
  const start = map(n.offset, false);
  const end = map(n.offset + n.length, true);
  switch (n.type) {
    case "object": {
      const entries = [];
      for (const prop2 of n.children ?? []) {
        const [k, v] = prop2.children ?? [];
        if (!k) continue;
        const keyNode = convert(k, map);
        const value = v ? convert(v, map) : { kind: "scalar", start: keyNode.end, end: keyNode.end, value: null, style: "json" };
        entries.push({ key: String(k.value), keyNode, value });
      }
      return { kind: "map", start, end, entries };
    }
    case "array":
      return { kind: "seq", start, end, items: (n.children ?? []).map((c) => convert(c, map)) };
    default:
      return { kind: "scalar", start, end, value: n.value ?? null, style: "json" };
  }
}

// src/parse/yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parse/go-yaml.ts
var CORE = "tag:yaml.org,2002:";
var STR = `${CORE}str`;
var BOOL = `${CORE}bool`;
var INT = `${CORE}int`;
var FLOAT = `${CORE}float`;
var NULL = `${CORE}null`;
var TIMESTAMP = `${CORE}timestamp`;
var BINARY = `${CORE}binary`;
var MERGE_TAG = `${CORE}merge`;
var WORDS = /* @__PURE__ */ new Map();
var words = (tag, value, list) => list.split(" ").forEach((w) => WORDS.set(w, { tag, value }));
words(BOOL, true, "y Y yes Yes YES true True TRUE on On ON");
words(BOOL, false, "n N no No NO false False FALSE off Off OFF");
words(NULL, null, "~ null Null NULL");
words(FLOAT, NaN, ".nan .NaN .NAN");
words(FLOAT, Infinity, ".inf .Inf .INF +.inf +.Inf +.INF");
words(FLOAT, -Infinity, "-.inf -.Inf -.INF");
var RESOLVABLE = /* @__PURE__ */ new Set([STR, BOOL, INT, FLOAT, NULL, TIMESTAMP]);
function goScalar(tag, text3, plain) {
  if (tag === BINARY) return binary(text3);
  if (tag === void 0 ? !plain : tag === STR || !RESOLVABLE.has(tag)) return { value: text3 };
  const r = resolveImplicit(text3, tag === void 0 || tag === TIMESTAMP);
  if (tag === void 0 || tag === r.tag) return { value: r.value };
  if (tag === FLOAT && r.tag === INT) return { value: r.value };
  return { error: `cannot decode ${shortTag(r.tag)} \`${text3}\` as a ${shortTag(tag)}` };
}
function resolveImplicit(s, timestamps) {
  if (s === "") return { tag: NULL, value: null };
  const word = WORDS.get(s);
  if (word) return word;
  const first = s[0];
  if (first === ".") return dotFloat(s) ?? { tag: STR, value: s };
  if (!/[-+0-9]/.test(first)) return { tag: STR, value: s };
  if (timestamps && isTimestamp(s)) return { tag: TIMESTAMP, value: s };
  const plain = s.replace(/_/g, "");
  const int = goParseInt(plain);
  if (int !== void 0) return { tag: INT, value: int };
  const float = YAML_STYLE_FLOAT.test(plain) ? Number(plain) : NaN;
  if (Number.isFinite(float)) return { tag: FLOAT, value: float };
  return { tag: STR, value: s };
}
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9]+(_[0-9]+)*([eE][-+]?[0-9]+(_[0-9]+)*)?$/;
function dotFloat(s) {
  const v = DOT_FLOAT.test(s) ? Number(s.replace(/_/g, "")) : NaN;
  return Number.isFinite(v) ? { tag: FLOAT, value: v } : void 0;
}
var GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var INT64_MIN = -(2n ** 63n);
var UINT64_MAX = 2n ** 64n - 1n;
function goParseInt(s) {
  const m = GO_INT.exec(s);
  if (!m) return void 0;
  const [, sign, digits] = m;
  const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
  const v = sign === "-" ? -magnitude : magnitude;
  const fits = sign === "" ? v <= UINT64_MAX : v >= INT64_MIN && v < 2n ** 63n;
  return fits ? Number(v) : void 0;
}
var TIMESTAMP_FORMS = /^\d{4}-\d\d?-\d\d?([Tt]\d\d?:\d\d?:\d\d?(\.\d+)?(Z|[-+]\d\d:\d\d)| \d\d?:\d\d?:\d\d?(\.\d+)?)?$/;
function isTimestamp(s) {
  if (!TIMESTAMP_FORMS.test(s)) return false;
  const [y, mo, d, h = 0, mi = 0, sec = 0] = s.split(/[-Tt :.Z+]/).filter(Boolean).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && sec < 60;
}
function binary(text3) {
  const b64 = text3.replace(/[\r\n]/g, "");
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return { error: "!!binary value contains invalid base64 data" };
  return { value: Buffer.from(b64, "base64").toString("utf8") };
}
function shortTag(tag) {
  return tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag;
}

// src/parse/go-yaml-flow.ts
var FlowError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function goFlow(text3, start) {
  let tokens;
  try {
    tokens = scanFlow(text3, start);
    new FlowParser(tokens).node();
  } catch (e) {
    if (e instanceof FlowError) return { error: { message: e.message, offset: e.offset }, edits: [] };
    throw e;
  }
  const edits = [];
  for (const [index, t] of tokens.entries()) {
    if (t.type === "property" && text3[t.at] === "!" && text3[t.at + 1] !== "<") {
      for (let i = t.at + 1; i < t.end; i++) {
        const escape = URI_ESCAPES[text3[i]];
        if (escape) edits.push({ at: i, remove: 1, insert: escape });
      }
    }
    const next = tokens[index + 1];
    if (t.type === "property" && next?.type === "," && text3.slice(t.end, next.at).includes("\n")) {
      edits.push({ at: t.end, remove: next.at - t.end, insert: " ".repeat(next.at - t.end) });
    } else if (t.type === "?" && text3[t.at] === "?" && !isBlankZ(text3[t.at + 1])) {
      edits.push({ at: t.at + 1, remove: 0, insert: " " });
    }
  }
  return { edits };
}
var URI_ESCAPES = { ",": "%2C", "[": "%5B", "]": "%5D" };
function applyFlowEdits(text3, edits) {
  let out = "";
  let last2 = 0;
  for (const e of edits) {
    out += text3.slice(last2, e.at) + e.insert;
    last2 = e.at + e.remove;
  }
  out += text3.slice(last2);
  const back2 = (offset) => {
    let shift = 0;
    for (const e of edits) {
      const at3 = e.at + shift;
      if (offset < at3) break;
      if (offset < at3 + e.insert.length) return e.at + Math.min(offset - at3, e.remove);
      shift += e.insert.length - e.remove;
    }
    return offset - shift;
  };
  return { text: out, back: back2 };
}
var isBlankZ = (c) => c === void 0 || c === " " || c === "	" || c === "\r" || c === "\n";
var isWordChar = (c) => c !== void 0 && /[0-9A-Za-z_-]/.test(c);
var isUriChar = (c) => c !== void 0 && /[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]/.test(c);
var FLOW_INDICATORS = ",?[]{}";
var NOT_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`";
function scanFlow(text3, start) {
  const tokens = [];
  const keys = [];
  let keyAllowed = true;
  let line = 0;
  let i = start;
  const column = () => i - (text3.lastIndexOf("\n", i - 1) + 1);
  const saveKey = () => {
    if (keyAllowed) keys[keys.length - 1] = { index: tokens.length, at: i, line };
  };
  const push = (type, at3) => tokens.push({ type, at: at3, end: i });
  do {
    for (; ; ) {
      if (text3[i] === "#") while (i < text3.length && text3[i] !== "\n") i++;
      else if (text3[i] === "\n") line++, i++;
      else if (text3[i] === " " || text3[i] === "	" || text3[i] === "\r") i++;
      else break;
    }
    const c = text3[i];
    const at3 = i;
    if (c === void 0 || column() === 0 && /^(---|\.\.\.)([ \t\r\n]|$)/.test(text3.slice(i, i + 4))) {
      push("end", at3);
      break;
    }
    if (column() === 0 && c === "%") throw new FlowError("found a directive inside a flow collection", at3);
    if (c === "[" || c === "{") {
      saveKey();
      keys.push(void 0);
      keyAllowed = true;
      push(c, at3);
      i++;
    } else if (c === "]" || c === "}") {
      keys.pop();
      keyAllowed = false;
      push(c, at3);
      i++;
    } else if (c === ",") {
      keys[keys.length - 1] = void 0;
      keyAllowed = true;
      push(c, at3);
      i++;
    } else if (c === "-" && isBlankZ(text3[i + 1])) {
      throw new FlowError("block sequence entries are not allowed in this context", at3);
    } else if (c === "?") {
      keys[keys.length - 1] = void 0;
      keyAllowed = false;
      push("?", at3);
      i++;
    } else if (c === ":") {
      const key2 = keys[keys.length - 1];
      if (key2 && key2.line === line && key2.at + 1024 >= at3) tokens.splice(key2.index, 0, { type: "?", at: key2.at, end: key2.at });
      keys[keys.length - 1] = void 0;
      keyAllowed = false;
      push(":", at3);
      i++;
    } else if (c === "*" || c === "&" || c === "!" || c === '"' || c === "'" || !NOT_PLAIN_START.includes(c) || c === "-" && !isBlankZ(text3[i + 1])) {
      saveKey();
      keyAllowed = false;
      if (c === "*" || c === "&") i = anchorEnd(text3, i);
      else if (c === "!") i = tagEnd(text3, i);
      else if (c === '"' || c === "'") i = quotedEnd(text3, i);
      else ({ end: i, multiLine: keyAllowed } = plainEnd(text3, i));
      line += (text3.slice(at3, i).match(/\n/g) ?? []).length;
      push(c === "&" || c === "!" ? "property" : "node", at3);
    } else {
      throw new FlowError("found character that cannot start any token", at3);
    }
  } while (keys.length > 0);
  return tokens;
}
function anchorEnd(text3, i) {
  let end = i + 1;
  while (isWordChar(text3[end])) end++;
  if (end === i + 1 || !(isBlankZ(text3[end]) || "?:,]}%@`".includes(text3[end]))) throw new FlowError("did not find expected alphabetic or numeric character", i);
  return end;
}
function tagEnd(text3, i) {
  let end = i + 1;
  if (text3[end] === "<") {
    end++;
    while (isUriChar(text3[end])) end++;
    if (text3[end] !== ">") throw new FlowError("did not find the expected '>'", i);
    end++;
  } else {
    while (isWordChar(text3[end])) end++;
    const handle = text3[end] === "!";
    if (handle) end++;
    const suffix = end;
    while (isUriChar(text3[end])) end++;
    if (handle && end === suffix) throw new FlowError("did not find expected tag URI", i);
  }
  if (!isBlankZ(text3[end])) throw new FlowError("did not find expected whitespace or line break", i);
  return end;
}
function quotedEnd(text3, i) {
  const quote = text3[i];
  for (let end = i + 1; end < text3.length; end++) {
    const c = text3[end];
    if (c === "\n" && /^(---|\.\.\.)([ \t\r\n]|$)/.test(text3.slice(end + 1, end + 5))) throw new FlowError("found unexpected document indicator", end + 1);
    if (quote === '"' && c === "\\") end++;
    else if (c === quote && quote === "'" && text3[end + 1] === "'") end++;
    else if (c === quote) return end + 1;
  }
  throw new FlowError("found unexpected end of stream", i);
}
function plainEnd(text3, i) {
  let end = i;
  let multiLine = false;
  for (let at3 = i; ; ) {
    const lineStart = at3 === 0 || text3[at3 - 1] === "\n";
    if (text3[at3] === "#" || lineStart && /^(---|\.\.\.)([ \t\r\n]|$)/.test(text3.slice(at3, at3 + 4))) break;
    while (!isBlankZ(text3[at3]) && !(text3[at3] === ":" && isBlankZ(text3[at3 + 1])) && !FLOW_INDICATORS.includes(text3[at3])) at3++;
    end = Math.max(end, at3);
    if (at3 >= text3.length || !isBlankZ(text3[at3])) break;
    for (; at3 < text3.length && isBlankZ(text3[at3]); at3++) if (text3[at3] === "\n") multiLine = true;
  }
  return { end, multiLine };
}
var FlowParser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  next = 0;
  /** Past the collection's last token (after a skipped `]`, see collection()): what follows it, never `,` or `]`. */
  peek() {
    const last2 = this.tokens[this.tokens.length - 1];
    return this.tokens[this.next] ?? { type: "end", at: last2.at + 1, end: last2.at + 1 };
  }
  /** A node: an anchor and a tag in either order, then content, which may be empty after them. */
  node() {
    let properties = 0;
    while (this.peek().type === "property" && properties < 2) this.next++, properties++;
    const t = this.peek();
    if (t.type === "node") this.next++;
    else if (t.type === "[" || t.type === "{") this.collection(t.type === "[" ? "]" : "}");
    else if (properties === 0) throw new FlowError("did not find expected node content", t.at);
  }
  /** A flow sequence or mapping: entries between `,`; an entry with a KEY is a pair, also in a sequence. */
  collection(close) {
    this.next++;
    for (let first = true; ; first = false) {
      if (this.peek().type === close) break;
      if (!first) {
        if (this.peek().type !== ",") throw new FlowError(`did not find expected ',' or '${close}'`, this.peek().at);
        this.next++;
        if (this.peek().type === close) break;
      }
      if (this.peek().type === "?") {
        this.next++;
        if (close === "]" && [":", ",", "]"].includes(this.peek().type)) this.next++;
        else this.nodeUnless(":", ",", close);
        if (this.peek().type === ":") this.next++, this.nodeUnless(",", close);
      } else {
        this.node();
      }
    }
    this.next++;
  }
  /** A node, or an empty one when the next token is one of `types`. */
  nodeUnless(...types) {
    if (!types.includes(this.peek().type)) this.node();
  }
};

// src/parse/yaml.ts
var identity2 = (o) => o;
var CFN_TAGS = ["Ref", "Sub", "GetAtt", "Join", "Select", "Split", "Equals", "If", "Not", "And", "Or", "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition", "Transform", "ToJsonString", "Length", "ForEach"];
var customTags = CFN_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (s) => s },
  { tag: `!${name}`, collection: "seq", resolve: (seq) => seq },
  { tag: `!${name}`, collection: "map", resolve: (map) => map }
]);
var preparsed;
function withPreparsed(text3, docs, fn2) {
  preparsed = { text: text3, docs };
  try {
    return fn2();
  } finally {
    preparsed = void 0;
  }
}
function parseYaml(text3, opts = {}) {
  if (preparsed && opts.version === void 0 && opts.uniqueKeys === void 0 && opts.map === void 0 && preparsed.text === text3) {
    const { docs } = preparsed;
    preparsed = void 0;
    return docs;
  }
  const version = opts.version ?? "1.2";
  const map = opts.map ?? identity2;
  const first = parseText(text3, version, opts.uniqueKeys ?? true, map);
  if (first.edits.length === 0) return first.docs;
  const edited = applyFlowEdits(text3, first.edits.sort((a, b) => a.at - b.at));
  return parseText(edited.text, version, opts.uniqueKeys ?? true, (o, isEnd) => map(edited.back(o), isEnd)).docs;
}
function parseText(text3, version, uniqueKeys, map) {
  const goYaml = version === "1.1";
  const docs = (0, import_yaml2.parseAllDocuments)(text3, {
    version,
    uniqueKeys,
    strict: false,
    prettyErrors: false,
    // Embedded aws-auth sections keep every scalar as text and `<<` as a plain key: convert() reads
    // them as go-yaml v2 does. Outer files get CloudFormation's tags.
    ...goYaml ? { schema: "failsafe", resolveKnownTags: false, merge: false } : { customTags }
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const edits = [];
  const parsed = list.map((doc) => {
    const converted = doc.contents ? convert2(doc, doc.contents, map, goYaml ? text3 : void 0) : { root: void 0, errors: [], edits: [] };
    edits.push(...converted.edits);
    return {
      root: converted.root,
      errors: [...doc.errors.map((e) => toError(e.message, e.pos, map)), ...converted.errors],
      warnings: doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED").map((w) => toError(w.message, w.pos, map))
    };
  });
  return { docs: parsed, edits };
}
function toError(message, pos, map) {
  return { message: message.split(/ at line \d+/)[0].trim(), offset: map(pos[0], false), end: map(pos[1], true) };
}
function styleOf(s) {
  switch (s.type) {
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return "block";
    case "QUOTE_DOUBLE":
    case "QUOTE_SINGLE":
      return "quoted";
    default:
      return "plain";
  }
}
function convert2(doc, root, map, goYamlText) {
  const c = new Converter(doc, map, goYamlText);
  return { root: c.visit(root, 0), errors: c.errors, edits: c.edits };
}
var Converter = class {
  constructor(doc, map, goYamlText) {
    this.doc = doc;
    this.map = map;
    this.goYamlText = goYamlText;
    this.goYaml = goYamlText !== void 0;
  }
  doc;
  map;
  goYamlText;
  errors = [];
  edits = [];
  // Aliases share the converted target (no expansion); an alias inside its own anchor becomes null.
  done = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  goYaml;
  /** Inside a flow collection that goFlow() has checked whole. */
  inCheckedFlow = false;
  visit(node, fallbackAt) {
    if ((0, import_yaml2.isAlias)(node)) return this.alias(node, fallbackAt);
    if (!node || typeof node !== "object" || !("range" in node) || !node.range) return nullAt(fallbackAt);
    const n = node;
    const anchored = !!n.anchor;
    if (anchored) {
      const cached = this.done.get(node);
      if (cached) return cached;
      this.active.add(node);
    }
    const [s, e] = n.range;
    const start = this.map(s, false);
    const end = this.map(e, true);
    const tag = n.tag && n.tag.startsWith("!") ? n.tag : void 0;
    const checking = ((0, import_yaml2.isMap)(n) || (0, import_yaml2.isSeq)(n)) && n.flow && this.goYamlText !== void 0 && !this.inCheckedFlow;
    if (checking) this.checkFlow(this.goYamlText, s);
    let out;
    if ((0, import_yaml2.isMap)(n)) out = { kind: "map", start, end, tag, entries: this.entries(n.items, start) };
    else if ((0, import_yaml2.isSeq)(n)) out = { kind: "seq", start, end, tag, items: n.items.map((it) => this.visit(it, start)) };
    else if ((0, import_yaml2.isScalar)(n)) out = { kind: "scalar", start, end, tag, value: this.scalarValue(n), style: styleOf(n), raw: n.type === "PLAIN" ? n.source : void 0 };
    else out = nullAt(start);
    if (checking) this.inCheckedFlow = false;
    if (anchored) {
      this.active.delete(node);
      this.done.set(node, out);
    }
    return out;
  }
  /**
   * go-yaml rejects some flow collections `yaml` reads, and reads a few others into another tree (see
   * goFlow); the ones inside are checked with it.
   */
  checkFlow(text3, start) {
    this.inCheckedFlow = true;
    const { error, edits } = goFlow(text3, start);
    if (error) this.errors.push(toError(error.message, [error.offset, error.offset + 1], this.map));
    this.edits.push(...edits);
  }
  alias(node, fallbackAt) {
    const target = node.resolve(this.doc);
    if (!target) return this.fail(`alias *${node.source} has no anchor &${node.source} before it`, node, fallbackAt);
    if (this.active.has(target)) return this.goYaml ? this.fail(`alias *${node.source} is inside its own anchor`, node, fallbackAt) : nullAt(fallbackAt);
    return this.visit(target, fallbackAt);
  }
  entries(items2, start) {
    const entries = [];
    for (const pair of items2) {
      if (!(0, import_yaml2.isPair)(pair)) continue;
      if (this.goYaml && isMergeKey(pair.key)) {
        entries.push(...this.merged(pair.value, this.map(pair.key.range[0], false)));
        continue;
      }
      const k = pair.key;
      const keyNode = k && typeof k === "object" ? this.visit(k, start) : nullAt(start);
      const value = pair.value == null ? nullAt(keyNode.end) : this.visit(pair.value, keyNode.end);
      const key2 = keyNode.kind === "scalar" ? String(keyNode.value) : "";
      entries.push({ key: key2, keyNode, value });
    }
    return entries;
  }
  /**
   * The entries a `<<` key brings in, where it stands: go-yaml v2 sets them into the map in order, so
   * they override the keys before the `<<` and the keys after it override them. Of a list of maps,
   * the first wins (go-yaml applies them last to first). Their offsets stay those of the merged-from nodes.
   */
  merged(value, keyAt) {
    const sources = (0, import_yaml2.isSeq)(value) ? [...value.items].reverse() : [value];
    const out = [];
    for (const source of sources) {
      const node = this.visit(source, keyAt);
      if (node.kind === "map") out.push(...node.entries);
      else this.fail("map merge requires map or sequence of maps as the value", source, keyAt);
    }
    return out;
  }
  scalarValue(n) {
    if (!this.goYaml) return scalarValue(n.value);
    const r = goScalar(n.tag, n.source ?? "", n.type === "PLAIN");
    if ("error" in r) {
      this.fail(r.error, n, 0);
      return null;
    }
    return r.value;
  }
  /** Records an error at `node` (or at `fallbackAt` when it has no place) and stands in a null for it. */
  fail(message, node, fallbackAt) {
    const range = (0, import_yaml2.isNode)(node) ? node.range : void 0;
    this.errors.push(range ? toError(message, [range[0], range[1]], this.map) : { message, offset: fallbackAt, end: fallbackAt });
    return nullAt(fallbackAt);
  }
};
function isMergeKey(key2) {
  return (0, import_yaml2.isScalar)(key2) && key2.source === "<<" && (key2.tag === void 0 && key2.type === "PLAIN" || key2.tag === "!" || key2.tag === MERGE_TAG);
}
function scalarValue(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
function nullAt(offset) {
  return { kind: "scalar", start: offset, end: offset, value: null, style: "plain" };
}

// src/packed-tree.ts
var KINDS = ["scalar", "map", "seq"];
var STYLES = ["plain", "quoted", "block", "json"];
function pack(root, own = (s) => s) {
  const nodes = [];
  const kids = [];
  const values = [];
  const strings2 = /* @__PURE__ */ new Map();
  const index = /* @__PURE__ */ new Map();
  const value = (v) => {
    if (typeof v !== "string") return values.push(v) - 1;
    let i = strings2.get(v);
    if (i === void 0) strings2.set(v, i = values.push(own(v)) - 1);
    return i;
  };
  const visit2 = (node) => {
    let i = index.get(node);
    if (i !== void 0) return i;
    i = nodes.length / 6;
    index.set(node, i);
    const tag = node.tag === void 0 ? -1 : value(node.tag);
    if (node.kind === "scalar") {
      nodes.push(STYLES.indexOf(node.style) << 2, node.start, node.end, tag, value(node.value), 0);
      return i;
    }
    nodes.push(node.kind === "map" ? 1 : 2, node.start, node.end, tag, 0, 0);
    const slots = [];
    if (node.kind === "map") for (const e of node.entries) slots.push(value(e.key), visit2(e.keyNode), visit2(e.value));
    else for (const item of node.items) slots.push(visit2(item));
    nodes[i * 6 + 4] = kids.length;
    nodes[i * 6 + 5] = node.kind === "map" ? node.entries.length : node.items.length;
    for (const s of slots) kids.push(s);
    return i;
  };
  visit2(root);
  return { nodes: Int32Array.from(nodes), kids: Int32Array.from(kids), values: values.slice() };
}
function packedAt(p, segs) {
  const { nodes, kids, values } = p;
  let node = 0;
  let keyNode = -1;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const o = node * 6;
    const kind = nodes[o] & 3;
    let next = -1;
    let nextKey = -1;
    if (kind === 1) {
      for (let k = nodes[o + 5] - 1; k >= 0; k--) {
        const at3 = nodes[o + 4] + k * 3;
        if (values[kids[at3]] === seg) {
          nextKey = kids[at3 + 1];
          next = kids[at3 + 2];
          break;
        }
      }
    } else if (kind === 2 && /^\d+$/.test(seg)) {
      const i = Number(seg);
      if (i < nodes[o + 5]) next = kids[nodes[o + 4] + i];
    }
    if (next === -1) return { node, keyNode, missing: segs.length - s };
    node = next;
    keyNode = nextKey;
  }
  return { node, keyNode, missing: 0 };
}
function unpack(p, root = 0) {
  const { nodes, kids, values } = p;
  const made = /* @__PURE__ */ new Map();
  const build2 = (i) => {
    const had = made.get(i);
    if (had) return had;
    const o = i * 6;
    const kind = KINDS[nodes[o] & 3];
    const start = nodes[o + 1];
    const end = nodes[o + 2];
    const tag = nodes[o + 3] === -1 ? void 0 : values[nodes[o + 3]];
    let node;
    if (kind === "scalar") {
      const value = values[nodes[o + 4]];
      const style = STYLES[nodes[o] >> 2];
      node = tag === void 0 ? { kind, start, end, value, style } : { kind, start, end, value, style, tag };
    } else if (kind === "map") {
      const entries = new Array(nodes[o + 5]);
      for (let k = 0, at3 = nodes[o + 4]; k < entries.length; k++, at3 += 3) entries[k] = { key: values[kids[at3]], keyNode: build2(kids[at3 + 1]), value: build2(kids[at3 + 2]) };
      node = tag === void 0 ? { kind, start, end, entries } : { kind, start, end, entries, tag };
    } else {
      const items2 = new Array(nodes[o + 5]);
      for (let k = 0, at3 = nodes[o + 4]; k < items2.length; k++) items2[k] = build2(kids[at3 + k]);
      node = tag === void 0 ? { kind, start, end, items: items2 } : { kind, start, end, items: items2, tag };
    }
    made.set(i, node);
    return node;
  };
  return build2(root);
}
function view(p, i) {
  const { nodes, kids, values } = p;
  const o = i * 6;
  const kind = nodes[o] & 3;
  if (kind === 0) return unpack(p, i);
  const tag = nodes[o + 3] === -1 ? void 0 : values[nodes[o + 3]];
  const node = kind === 1 ? new MapView(nodes[o + 1], nodes[o + 2]) : new SeqView(nodes[o + 1], nodes[o + 2]);
  if (tag !== void 0) node.tag = tag;
  node.p = p;
  node.at = nodes[o + 4];
  node.count = nodes[o + 5];
  return node;
}
var MapView = class {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
  start;
  end;
  kind = "map";
  tag;
  p;
  at;
  count;
  built;
  get entries() {
    if (this.built) return this.built;
    const { p, at: at3 } = this;
    const out = new Array(this.count);
    for (let k = 0; k < out.length; k++) out[k] = { key: p.values[p.kids[at3 + k * 3]], keyNode: view(p, p.kids[at3 + k * 3 + 1]), value: view(p, p.kids[at3 + k * 3 + 2]) };
    return this.built = out;
  }
};
var SeqView = class {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
  start;
  end;
  kind = "seq";
  tag;
  p;
  at;
  count;
  built;
  get items() {
    if (this.built) return this.built;
    const out = new Array(this.count);
    for (let k = 0; k < out.length; k++) out[k] = view(this.p, this.p.kids[this.at + k]);
    return this.built = out;
  }
};
var built = /* @__PURE__ */ new Map();
function unpacked(doc, p) {
  let root = built.get(doc);
  if (root) {
    built.delete(doc);
  } else {
    root = unpack(p);
    if (built.size >= 16) built.delete(built.keys().next().value);
  }
  built.set(doc, root);
  return root;
}

// src/source.ts
var reloaded;
var SourceFile = class {
  constructor(path, text3, syntax) {
    this.path = path;
    this.syntax = syntax;
    this.current = text3;
  }
  path;
  syntax;
  docs = [];
  current;
  lines;
  reload;
  /** The text; after release, read again ('' when that fails or the file changed length since). */
  get text() {
    if (this.current !== void 0) return this.current;
    if (reloaded?.file !== this) {
      const again = this.reload?.();
      reloaded = { file: this, text: again !== void 0 && again.length === this.table().length ? again : "" };
    }
    return reloaded.text;
  }
  /** Drop the text and keep the line table; `reload` reads the text again when a fix needs it. */
  release(reload) {
    this.table();
    this.current = void 0;
    this.reload = reload;
  }
  position(offset) {
    const t = this.table();
    const off = Math.max(0, Math.min(offset, t.length));
    const line = lineOf(t.starts, off);
    return { line: line + 1, column: off - t.starts[line] + 1 };
  }
  range(start, end) {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  /** Offset of a 1-based position. */
  offset(p) {
    const t = this.table();
    return (p.line - 1 < t.starts.length ? t.starts[p.line - 1] : t.length) + p.column - 1;
  }
  /** End offset of the line holding `offset` (before its line break). */
  lineEnd(offset) {
    const t = this.table();
    const line = lineOf(t.starts, Math.max(0, Math.min(offset, t.length)));
    const end = line + 1 < t.starts.length ? t.starts[line + 1] - 1 : t.length;
    return end > offset && t.crlf?.[line] ? end - 1 : end;
  }
  table() {
    return this.lines ??= lineTable(this.current);
  }
};
function lineTable(text3) {
  const starts = Int32Array.from(lineStarts(text3));
  if (!text3.includes("\r")) return { starts, length: text3.length };
  const crlf = new Uint8Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text3.length;
    crlf[i] = text3.charCodeAt(end - 1) === 13 ? 1 : 0;
  }
  return { starts, length: text3.length, crlf };
}
function lineStarts(text3) {
  const starts = [0];
  for (let i = text3.indexOf("\n"); i !== -1; i = text3.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var SourceDoc = class {
  constructor(file, root, logicalPrefix = "", index = 0) {
    this.file = file;
    this.logicalPrefix = logicalPrefix;
    this.index = index;
    this.tree = root;
  }
  file;
  logicalPrefix;
  index;
  tree;
  packed;
  /** The tree; once kept packed, built again on each read (the last few are cached). */
  get root() {
    return this.packed ? unpacked(this, this.packed) : this.tree;
  }
  /**
   * Replace the tree with `root`, kept packed in typed arrays: a repository run holds every linted
   * file's trees until the rules have run, and nodes as objects cost several times more.
   */
  keepPacked(root, own) {
    this.tree = void 0;
    this.packed = root && pack(root, own);
  }
  /** The node at `pointer`, or undefined. */
  get(pointer) {
    if (this.packed) {
      const at3 = packedAt(this.packed, splitPointer(pointer));
      return at3.missing === 0 ? view(this.packed, at3.node) : void 0;
    }
    let node = this.root;
    for (const seg of splitPointer(pointer)) {
      node = node && child(node, seg);
      if (!node) return void 0;
    }
    return node;
  }
  /**
   * Range of the node at `pointer`, falling back to the nearest existing ancestor (its first line).
   * With `key`, the range of the map key that holds the node.
   */
  locate(pointer, opts = {}) {
    const r = this.locateOffsets(pointer, opts);
    return this.file.range(r[0], r[1]);
  }
  locateOffsets(pointer, opts = {}) {
    const p = this.packed;
    if (p) {
      const at3 = packedAt(p, splitPointer(pointer));
      const o = at3.node * 6;
      if (at3.missing) return [p.nodes[o + 1], Math.min(p.nodes[o + 2], this.file.lineEnd(p.nodes[o + 1]))];
      const t = (opts.key && at3.keyNode !== -1 ? at3.keyNode : at3.node) * 6;
      return [p.nodes[t + 1], p.nodes[t + 2]];
    }
    let node = this.root;
    if (!node) return [0, 0];
    let keyNode;
    for (const seg of splitPointer(pointer)) {
      const next = entryOrItem(node, seg);
      if (!next) return [node.start, Math.min(node.end, this.file.lineEnd(node.start))];
      keyNode = next.keyNode;
      node = next.value;
    }
    const target = opts.key && keyNode ? keyNode : node;
    return [target.start, target.end];
  }
  logicalPath(pointer) {
    let out = this.logicalPrefix;
    for (const seg of splitPointer(pointer)) {
      if (/^\d+$/.test(seg)) out += `[${seg}]`;
      else out += out ? `.${seg}` : seg;
    }
    return out;
  }
};
function entryOrItem(node, seg) {
  if (node.kind === "map") {
    for (let i = node.entries.length - 1; i >= 0; i--) {
      const e = node.entries[i];
      if (e.key === seg) return { keyNode: e.keyNode, value: e.value };
    }
    return void 0;
  }
  if (node.kind === "seq" && /^\d+$/.test(seg)) {
    const item = node.items[Number(seg)];
    return item && { value: item };
  }
  return void 0;
}
function child(node, seg) {
  return entryOrItem(node, seg)?.value;
}
function splitPointer(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function joinPointer(base, ...segs) {
  return base + segs.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

// src/parse/embedded.ts
function embeddedText(file, node, keyNode) {
  const text3 = String(node.value ?? "");
  const exact = node.style === "block" && blockMap(file, node, text3) || node.style === "json" && jsonStringMap(file, node, text3) || node.style !== "block" && verbatimMap(file, node, text3);
  if (exact) return { text: text3, map: exact, exact: true };
  return { text: text3, map: (_o, isEnd) => isEnd ? keyNode.end : keyNode.start, exact: false };
}
function byLine(innerStarts, outerStarts) {
  return (o) => {
    const line = lineOf(innerStarts, o);
    return outerStarts[line] + (o - innerStarts[line]);
  };
}
function blockMap(file, node, text3) {
  const src = file.text;
  const headerEnd = src.indexOf("\n", node.start);
  if (headerEnd === -1 || src[node.start] !== "|") return void 0;
  const inner = text3.split("\n");
  const innerStarts = lineStarts(text3);
  const outerStarts = [];
  let pos = headerEnd + 1;
  let indent;
  for (const line of inner) {
    const nl = src.indexOf("\n", pos);
    const lineEnd = nl === -1 ? src.length : nl;
    const outerLine = src.slice(pos, lineEnd).replace(/\r$/, "");
    if (line.length > 0) {
      indent ??= outerLine.length - outerLine.trimStart().length;
      if (outerLine.slice(indent) !== line) return void 0;
    }
    outerStarts.push(pos + Math.min(indent ?? 0, outerLine.length));
    pos = lineEnd + 1;
  }
  return byLine(innerStarts, outerStarts);
}
function jsonStringMap(file, node, text3) {
  const raw = file.text.slice(node.start, node.end);
  if (raw[0] !== '"') return void 0;
  const from = [];
  let decoded = "";
  for (let i = 1; i < raw.length - 1; i++) {
    from.push(node.start + i);
    if (raw[i] !== "\\") {
      decoded += raw[i];
      continue;
    }
    const c = raw[i + 1];
    if (c === "u") {
      decoded += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      decoded += { n: "\n", t: "	", r: "\r", b: "\b", f: "\f" }[c] ?? c;
      i += 1;
    }
  }
  if (decoded !== text3) return void 0;
  from.push(node.end - 1);
  return (o) => from[Math.max(0, Math.min(o, from.length - 1))];
}
function verbatimMap(file, node, text3) {
  const quoted = node.style === "quoted" ? 1 : 0;
  const at3 = node.start + quoted;
  if (file.text.slice(at3, at3 + text3.length) !== text3) return void 0;
  return (o) => at3 + o;
}

// src/text.ts
var literal = (s) => ({ parts: [s] });
var unknownText = (what, means) => ({ parts: [means ? { unknown: what, means } : { unknown: what }] });
function concat(...texts) {
  const parts = [];
  for (const t of texts) {
    for (const p of t.parts) {
      if (typeof p === "string") {
        if (p === "") continue;
        if (typeof parts[parts.length - 1] === "string") parts[parts.length - 1] += p;
        else parts.push(p);
      } else parts.push(p);
    }
  }
  return { parts };
}
function known(t) {
  if (!t) return void 0;
  let s = "";
  for (const p of t.parts) {
    if (typeof p !== "string") return void 0;
    s += p;
  }
  return s;
}
function isKnown(t) {
  return known(t) !== void 0;
}
function render(t) {
  return t.parts.map((p) => typeof p === "string" ? p : "${" + p.unknown + "}").join("");
}
function knownPrefix(t) {
  let s = "";
  for (const p of t.parts) {
    if (typeof p !== "string") break;
    s += p;
  }
  return s;
}

// src/extract/aws-auth-go-yaml.ts
var TAB_BEFORE_TOKEN = /^[ ]*(?:-[ ]*)*\t/m;
var LEADING_DOCUMENT_END = /^(?:[ \t]*(?:#.*)?\r?\n)*\.\.\.(?=[ \t\r\n]|$)/;
function textLoss(text3) {
  const tab = TAB_BEFORE_TOKEN.exec(text3);
  if (tab) return { message: 'has a tab where indentation or a list item starts (go-yaml: "found character that cannot start any token")', offset: tab.index + tab[0].length - 1 };
  const end = LEADING_DOCUMENT_END.exec(text3);
  if (end) return { message: 'starts with a "..." document end marker, before any entry (go-yaml: "did not find expected node content")', offset: end[0].length - 3 };
  return directiveLoss(text3);
}
function directiveLoss(text3) {
  let offset = 0;
  let directives = 0;
  let version = false;
  const handles = /* @__PURE__ */ new Set();
  for (const raw of text3.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const at3 = offset;
    offset += raw.length + 1;
    if (/^ *(#.*)?$/.test(line)) continue;
    if (!line.startsWith("%")) {
      if (directives === 0 || /^---([ \t]|$)/.test(line)) return void 0;
      return { message: `has ${directives === 1 ? "a directive" : "directives"} with no "---" line after ${directives === 1 ? "it" : "them"} (go-yaml: "did not find expected <document start>")`, offset: at3 };
    }
    directives++;
    const error = directiveError(line, version, handles);
    if (error) return { message: `has the directive "${line.split(/[ \t]/)[0]}", which go-yaml rejects ("${error}")`, offset: at3 };
    if (line.startsWith("%YAML")) version = true;
  }
  return directives === 0 ? void 0 : { message: `has ${directives === 1 ? "a directive" : "directives"} and no document after ${directives === 1 ? "it" : "them"} (go-yaml: "did not find expected <document start>")`, offset: Math.max(0, text3.length - 1) };
}
function directiveError(line, version, handles) {
  const name = /^%([0-9A-Za-z_-]*)/.exec(line)[1];
  const rest = line.slice(1 + name.length);
  if (name === "") return "could not find expected directive name";
  if (rest !== "" && !/^[ \t]/.test(rest)) return "found unexpected non-alphabetical character";
  if (name === "YAML") {
    const m = /^[ \t]+(\d{1,2})\.(\d{1,2})(?![0-9])([ \t]*(#.*)?)$/.exec(rest);
    if (!m) return "did not find expected version number, or comment or line break";
    if (version) return "found duplicate %YAML directive";
    if (Number(m[1]) !== 1 || Number(m[2]) !== 1) return "found incompatible YAML document";
    return void 0;
  }
  if (name === "TAG") {
    const m = /^[ \t]+(!(?:[0-9A-Za-z_-]*!)?)[ \t]+([0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]+)([ \t]+(#.*)?)?$/.exec(rest);
    if (!m || !validEscapes(m[2])) return "did not find expected tag handle, tag URI, or comment or line break";
    if (handles.has(m[1])) return "found duplicate %TAG directive";
    handles.add(m[1]);
    return void 0;
  }
  return "found unknown directive name";
}
function validEscapes(uri) {
  for (const run2 of uri.match(/(%[^%]{0,2})+/g) ?? []) {
    const bytes = run2.split("%").slice(1);
    if (bytes.some((b) => !/^[0-9A-Fa-f]{2}$/.test(b))) return false;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes.map((b) => parseInt(b, 16))));
    } catch {
      return false;
    }
  }
  return true;
}
var DIRECTIVE = /^%(YAML[ \t]+\d+\.\d+|TAG[ \t]+!([\w-]*!)?[ \t]+\S+)[ \t]*(#.*)?$/;
function documentEnd(text3) {
  const lines = text3.split("\n");
  let base;
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const content = line.trimStart().replace(/\r$/, "");
    const indent = line.length - line.trimStart().length;
    if (content !== "" && !content.startsWith("#")) {
      if (base === void 0) {
        if (!content.startsWith("%") && content !== "---") base = indent;
      } else if (indent === 0 && content.startsWith("%")) {
        return DIRECTIVE.test(content) ? { offset, line: i + 1, reason: `a "${content.split(/[ \t]/)[0]}" directive line` } : void 0;
      } else if (indent < base) {
        return { offset: offset + indent, line: i + 1, reason: "a line less indented than the first entry" };
      }
    }
    offset += line.length + 1;
  }
  return void 0;
}
function treeLoss(root, name) {
  if (name === "mapAccounts") return void 0;
  return keyLoss(root, /* @__PURE__ */ new Set()) ?? valueLoss(root, /* @__PURE__ */ new Set());
}
function keyLoss(node, seen) {
  if (seen.has(node)) return void 0;
  seen.add(node);
  if (node.kind === "seq") {
    for (const it of node.items) {
      const found = keyLoss(it, seen);
      if (found) return found;
    }
  } else if (node.kind === "map") {
    for (const e of node.entries) {
      if (e.keyNode.kind !== "scalar") return { message: 'has an unquoted value starting with "{" (a YAML flow mapping); quote it, e.g. "{{SessionName}}"', start: node.start, end: node.end };
      const found = keyLoss(e.value, seen);
      if (found) return found;
    }
  }
  return void 0;
}
function valueLoss(node, seen) {
  if (seen.has(node)) return void 0;
  seen.add(node);
  if (node.kind === "scalar" && typeof node.value === "number" && !Number.isFinite(node.value)) {
    return { message: `has the value ${node.raw ?? String(node.value)}, a non-finite number JSON cannot hold; quote it`, start: node.start, end: node.end };
  }
  const entries = node.kind === "map" ? survivors(node.entries) : [];
  const nullKey = entries.find((e) => e.keyNode.kind === "scalar" && e.keyNode.value === null)?.keyNode;
  if (nullKey) return { message: "has a null key (`~:` or `null:`), which JSON cannot hold", start: nullKey.start, end: nullKey.end };
  for (const c of node.kind === "seq" ? node.items : entries.map((e) => e.value)) {
    const found = valueLoss(c, seen);
    if (found) return found;
  }
  return void 0;
}
function survivors(entries) {
  const last2 = /* @__PURE__ */ new Map();
  for (const e of entries) last2.set(e.keyNode.kind === "scalar" ? `${typeof e.keyNode.value}:${String(e.keyNode.value)}` : `#${last2.size}`, e);
  return [...last2.values()];
}
var UNCLOSED_QUOTE = /^Missing closing (["'])quote/;
var isUnclosedQuote = (e) => UNCLOSED_QUOTE.test(e.message);
function indentQuotedContinuations(text3, parse3) {
  const inserts = [];
  let current = text3;
  let after = -1;
  for (; ; ) {
    const unclosed = parse3(current).find(isUnclosedQuote);
    if (!unclosed || unclosed.offset <= after) break;
    const open = openingQuote(current, unclosed.offset, UNCLOSED_QUOTE.exec(unclosed.message)[1]);
    const lines = open === void 0 ? void 0 : continuationIndents(current, open);
    if (!lines?.length) break;
    for (const line of lines.reverse()) {
      current = current.slice(0, line.at) + " ".repeat(line.count) + current.slice(line.at);
      const at3 = back(inserts, line.at);
      const next = inserts.findIndex((x) => x.at > at3);
      inserts.splice(next < 0 ? inserts.length : next, 0, { at: at3, count: line.count });
    }
    after = unclosed.offset;
  }
  return { text: current, back: (offset) => back(inserts, offset) };
}
function back(inserts, offset) {
  let shift = 0;
  for (const { at: at3, count } of inserts) {
    if (offset < at3 + shift) break;
    if (offset < at3 + shift + count) return at3;
    shift += count;
  }
  return offset - shift;
}
function openingQuote(text3, end, quote) {
  for (let i = end - 1; i >= 0; i--) {
    if (text3[i] !== quote) continue;
    if (quote === '"') {
      let slashes = 0;
      while (text3[i - 1 - slashes] === "\\") slashes++;
      if (slashes % 2 === 0) return i;
    } else {
      let run2 = 1;
      while (text3[i - run2] === "'") run2++;
      if (run2 % 2 === 1) return i - run2 + 1;
      i -= run2 - 1;
    }
  }
  return void 0;
}
function continuationIndents(text3, open) {
  const quote = text3[open];
  const column = open - (text3.lastIndexOf("\n", open - 1) + 1);
  const lines = [];
  for (let i = open + 1; i < text3.length; i++) {
    const c = text3[i];
    if (quote === '"' && c === "\\" && text3[i + 1] !== "\n") i++;
    else if (c === quote && quote === "'" && text3[i + 1] === "'") i++;
    else if (c === quote) return lines;
    else if (c === "\n") {
      if (/^(---|\.\.\.)([ \t\r\n]|$)/.test(text3.slice(i + 1, i + 5))) return void 0;
      const spaces = /^ */.exec(text3.slice(i + 1))[0].length;
      if (spaces < column) lines.push({ at: i + 1, count: column - spaces });
    }
  }
  return void 0;
}

// src/extract/aws-auth-section.ts
var SECTIONS = ["mapRoles", "mapUsers", "mapAccounts"];
var hole = (i) => `\u27EA${i}\u27EB`;
var HOLE_RE = /\u27EA(\d+)\u27EB/g;
function readSection(input2) {
  const { document, name, origin: origin2 } = input2;
  const section = { name, origin: origin2, exact: true, unknown: false };
  const mappings = [];
  const v = input2.value;
  if ("unknown" in v) {
    section.unknown = true;
    return { section, mappings };
  }
  if ("notString" in v) {
    if (v.notString !== "null") section.error = { message: `${name} is a ${describeType(v.notString)}, not a string: write it as a block (\`${name}: |\`)`, origin: origin2 };
    return { section, mappings };
  }
  const bom = v.text.text.startsWith("\uFEFF") ? 1 : 0;
  const text3 = v.text.text.slice(bom);
  const map = bom ? (o, isEnd) => v.text.map(o + bom, isEnd) : v.text.map;
  section.exact = v.text.exact;
  const trimmed = text3.trim();
  if (trimmed === "" || trimmed === '""' || trimmed === "''" || trimmed === "``") return { section, mappings };
  const at3 = (offset, end2 = offset + 1) => ({ ...origin2, offsets: [map(offset, false), map(end2, true)] });
  if (trimmed.startsWith("{")) {
    const offset = text3.indexOf("{");
    section.error = { message: `${name} starts with "{", so it is read as a JSON object, not a list`, origin: at3(offset) };
    return { section, mappings };
  }
  const parsed = parseSection(text3, map);
  if ("error" in parsed) {
    section.error = { message: `${name} ${parsed.error.message}`, origin: { ...origin2, offsets: parsed.error.offsets } };
    return { section, mappings };
  }
  const { root, end } = parsed;
  const inner = new SourceDoc(origin2.doc.file, root, `aws-auth \u203A ${name}`);
  const loss = root && treeLoss(root, name);
  if (loss) {
    section.error = { message: `${name} ${loss.message}`, origin: { ...origin2, offsets: [loss.start, loss.end] } };
    return { section, mappings };
  }
  if (!root || root.kind === "scalar" && root.value === null) return { section, mappings };
  if (root.kind !== "seq") {
    section.error = { message: `${name} is a ${describeType(typeOf(root))}, not a list of entries`, origin: { doc: inner, pointer: "" } };
    return { section, mappings };
  }
  if (end) section.endsEarly = { message: `${name}: go-yaml ends the document at line ${end.line} of the section, ${end.reason}`, origin: at3(end.offset) };
  const toText = textWithHoles(v.holes ?? [], input2.placeholders ?? false);
  root.items.forEach((item, index) => {
    mappings.push(name === "mapAccounts" ? account(document, inner, item, index, toText) : entry(document, name, inner, item, index, toText));
  });
  return { section, mappings };
}
function parseSection(original, originalMap) {
  const { text: text3, map, back: back2, doc } = readQuotedContinuations(original, originalMap);
  const loss = textLoss(text3);
  if (!loss && (!doc || doc.errors.length === 0)) return { root: doc?.root };
  const end = documentEnd(text3);
  if (end && (!loss || loss.offset >= end.offset)) {
    const [before] = parseYaml(text3.slice(0, end.offset), { ...SECTION_YAML, map });
    if (before && before.errors.length === 0) return { root: before.root, end: { ...end, offset: back2(end.offset) } };
  }
  if (loss) return { error: { message: loss.message, offsets: [map(loss.offset, false), map(loss.offset + 1, true)] } };
  const e = doc.errors[0];
  return { error: { message: `is not valid YAML: ${e.message}`, offsets: [e.offset, Math.max(e.end, e.offset)] } };
}
var SECTION_YAML = { version: "1.1", uniqueKeys: false };
function readQuotedContinuations(original, originalMap) {
  const [doc] = parseYaml(original, { ...SECTION_YAML, map: originalMap });
  const unchanged = { text: original, map: originalMap, back: (o) => o, doc };
  if (!doc?.errors.some(isUnclosedQuote)) return unchanged;
  const { text: text3, back: back2 } = indentQuotedContinuations(original, (t) => parseYaml(t, SECTION_YAML)[0]?.errors ?? []);
  if (text3 === original) return unchanged;
  const map = (o, isEnd) => originalMap(back2(o), isEnd);
  return { text: text3, map, back: back2, doc: parseYaml(text3, { ...SECTION_YAML, map })[0] };
}
function entry(document, section, doc, item, index, toText) {
  const pointer = joinPointer("", index);
  const m = {
    kind: "identity-mapping",
    document,
    section,
    index,
    groups: [],
    keys: [],
    origin: { doc, pointer },
    fields: {}
  };
  if (item.kind !== "map") {
    const text3 = stringOf(item, toText);
    m.item = { ...valueInfo(item), ...text3 ? { text: text3 } : {} };
    return m;
  }
  const arnKey = section === "mapUsers" ? "userarn" : "rolearn";
  for (const e of item.entries) {
    const k = mappingKey(doc, pointer, e, toText);
    m.keys.push(k);
    const field = k.origin;
    const lower = e.key.toLowerCase().replace(/\u017f/g, "s");
    if (lower === arnKey) {
      m.arn = k.text;
      m.fields.arn = field;
    } else if (lower === "username") {
      m.username = k.text;
      m.fields.username = field;
    } else if (lower === "groups") {
      m.fields.groups = field;
      const v = e.value;
      m.groups = v.kind === "seq" ? v.items.map((g) => stringOf(g, toText)) : [];
      m.groupValues = v.kind === "seq" ? v.items.map(valueInfo) : void 0;
      if (k.text && !isKnown(k.text)) m.groups = [k.text];
    } else if (section === "mapRoles" && lower === "sso") {
      m.fields.sso = field;
      m.sso = e.value.kind === "map" ? ssoMatcher(doc, field.pointer, e.value.entries, toText) : void 0;
    }
  }
  return m;
}
function ssoMatcher(doc, pointer, entries, toText) {
  const sso2 = { keys: [] };
  for (const e of entries) {
    const k = mappingKey(doc, pointer, e, toText);
    sso2.keys.push(k);
    const lower = e.key.toLowerCase();
    if (lower === "permissionsetname") sso2.permissionSetName = k;
    else if (lower === "accountid") sso2.accountID = k;
    else if (lower === "partition") sso2.partition = k;
  }
  return sso2;
}
function mappingKey(doc, pointer, e, toText) {
  const text3 = stringOf(e.value, toText);
  return { key: e.key, ...valueInfo(e.value), ...text3 ? { text: text3 } : {}, origin: { doc, pointer: joinPointer(pointer, e.key) } };
}
function valueInfo(node) {
  const raw = node.kind === "scalar" && node.style === "plain" ? node.raw : void 0;
  return raw === void 0 ? { type: typeOf(node) } : { type: typeOf(node), raw };
}
function stringOf(node, toText) {
  if (node.kind !== "scalar" || typeof node.value !== "string") return void 0;
  return toText(node.value);
}
function account(document, doc, item, index, toText) {
  const pointer = joinPointer("", index);
  const raw = item.kind === "scalar" ? item.value === null ? item.style === "plain" ? "" : void 0 : item.raw ?? String(item.value) : void 0;
  return {
    kind: "identity-mapping",
    document,
    section: "mapAccounts",
    index,
    arn: raw === void 0 ? void 0 : toText(raw),
    groups: [],
    keys: [{ key: "", type: typeOf(item) }],
    origin: { doc, pointer },
    fields: { arn: { doc, pointer } }
  };
}
function textWithHoles(holes, placeholders) {
  if (holes.length === 0) return placeholders ? withPlaceholders : literal;
  return (s) => {
    const parts = [];
    let last2 = 0;
    for (const m of s.matchAll(HOLE_RE)) {
      if (m.index > last2) parts.push(s.slice(last2, m.index));
      const h = holes[Number(m[1])] ?? "expression";
      if (typeof h === "string") parts.push({ unknown: h });
      else parts.push(...h.parts);
      last2 = m.index + m[0].length;
    }
    if (last2 < s.length) parts.push(s.slice(last2));
    return concat({ parts });
  };
}
var PLACEHOLDER_RE = /\$\{([^{}]*)\}/g;
function withPlaceholders(s) {
  if (!s.includes("${")) return literal(s);
  const parts = [];
  let last2 = 0;
  for (const m of s.matchAll(PLACEHOLDER_RE)) {
    if (m.index > last2) parts.push(s.slice(last2, m.index));
    parts.push({ unknown: m[1] });
    last2 = m.index + m[0].length;
  }
  if (last2 < s.length) parts.push(s.slice(last2));
  return concat({ parts });
}
function typeOf(node) {
  if (node.kind === "map") return "map";
  if (node.kind === "seq") return "seq";
  const v = node.value;
  return v === null ? "null" : typeof v === "string" ? "string" : typeof v === "number" ? "number" : "boolean";
}
function describeType(t) {
  return { map: "mapping", seq: "list", string: "string", number: "number", boolean: "boolean", null: "null" }[t];
}

// src/extract/util.ts
function get(node, ...path) {
  let n = node;
  for (const seg of path) {
    if (!n) return void 0;
    if (typeof seg === "number") n = n.kind === "seq" ? n.items[seg] : void 0;
    else if (n.kind === "map") {
      let found;
      for (const e of n.entries) if (e.key === seg) found = e.value;
      n = found;
    } else n = void 0;
  }
  return n;
}
function entry2(node, key2) {
  if (!node || node.kind !== "map") return void 0;
  let found;
  for (const e of node.entries) if (e.key === key2) found = e;
  return found;
}
function str(node) {
  return node && node.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function isMap2(node) {
  return !!node && node.kind === "map";
}
function items(node) {
  return node && node.kind === "seq" ? node.items : [];
}

// src/extract/aws-auth.ts
function isKubernetesManifest(root) {
  return !!str(get(root, "kind")) && !!str(get(root, "apiVersion"));
}
function extractAwsAuth(doc, model) {
  const root = doc.root;
  if (str(get(root, "kind")) === "List") {
    items(get(root, "items")).forEach((_, i) => configMap(doc, joinPointer("", "items", i), model));
  } else configMap(doc, "", model);
}
function configMap(doc, pointer, model) {
  const node = doc.get(pointer);
  if (str(get(node, "kind")) !== "ConfigMap" || str(get(node, "metadata", "name")) !== "aws-auth") return;
  const ns = str(get(node, "metadata", "namespace"));
  const data = get(node, "data");
  const document = {
    kind: "aws-auth",
    tool: "kubernetes",
    sections: [],
    name: literal("aws-auth"),
    namespace: ns === void 0 ? void 0 : withPlaceholders(ns),
    namespaceDefaulted: false,
    origin: { doc, pointer },
    fields: {
      name: { doc, pointer: joinPointer(pointer, "metadata", "name") },
      namespace: { doc, pointer: joinPointer(pointer, "metadata", "namespace") },
      data: { doc, pointer: joinPointer(pointer, "data") }
    }
  };
  document.dataKeys = data?.kind === "map" ? data.entries.map((e) => ({ key: e.key, origin: { doc, pointer: joinPointer(pointer, "data", e.key) } })) : [];
  model.awsAuth.push(document);
  for (const name of SECTIONS) {
    const e = entry2(data, name);
    if (!e) continue;
    const origin2 = { doc, pointer: joinPointer(pointer, "data", name) };
    const value = e.value.kind === "scalar" && typeof e.value.value === "string" ? { text: embeddedText(doc.file, e.value, e.keyNode) } : { notString: typeOf(e.value) };
    const { section, mappings } = readSection({ document, name, origin: origin2, value, placeholders: true });
    document.sections.push(section);
    model.identityMappings.push(...mappings);
  }
}

// src/extract/cfn-template.ts
var CLUSTER_TYPES = /* @__PURE__ */ new Set(["AWS::EKS::Cluster", "Custom::AWSCDK-EKS-Cluster"]);
function prop(node, key2) {
  if (!node || node.kind !== "map") return void 0;
  let found;
  for (const e of node.entries) if (e.key === key2) found = e.value;
  return found;
}
function isIntrinsic(node) {
  if (!node || node.kind !== "map" || node.entries.length !== 1) return false;
  const key2 = node.entries[0].key;
  return key2 === "Ref" || key2.startsWith("Fn::");
}
function isPlainMap(node) {
  return !!node && node.kind === "map" && !isIntrinsic(node);
}
function scalarString(node) {
  return node && node.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function indexTemplate(root) {
  const params = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  const section = (name) => {
    const s = prop(root, name);
    return s && s.kind === "map" ? s.entries : [];
  };
  for (const { key: key2, value } of section("Parameters")) {
    if (value.kind === "map") params.set(key2, { type: scalarString(prop(value, "Type")), default: prop(value, "Default") });
  }
  for (const { key: key2, value } of section("Resources")) {
    const type = scalarString(prop(value, "Type"));
    if (value.kind !== "map" || !type) continue;
    const props = prop(value, "Properties");
    resources.set(key2, {
      id: key2,
      type,
      props: isPlainMap(props) ? props : void 0,
      condition: scalarString(prop(value, "Condition"))
    });
  }
  return { params, resources, mappings: prop(root, "Mappings") };
}

// src/extract/cdk-manifest.ts
function joinManifest(file, node, doc, keyNode, ev) {
  const b = { text: "", starts: [], ends: [], holes: [], exact: true };
  if (!add(b, file, node, doc, keyNode, ev, 0)) return void 0;
  const { starts, ends } = b;
  const n = b.text.length;
  const map = (o, isEnd) => {
    if (n === 0) return isEnd ? keyNode.end : keyNode.start;
    if (isEnd) return o <= 0 ? starts[0] : ends[Math.min(o, n) - 1];
    return o >= n ? ends[n - 1] : starts[o];
  };
  return { text: b.text, map, holes: b.holes, exact: b.exact };
}
function add(b, file, node, doc, keyNode, ev, depth) {
  if (depth > 8) return false;
  if (node.kind === "scalar" && doc.kind === "scalar") {
    if (node.value === null) return true;
    if (typeof node.value !== "string" || typeof doc.value !== "string") return piece(b, String(node.value), doc);
    const inner = embeddedText(file, doc, keyNode);
    if (!inner.exact) b.exact = false;
    for (let k = 0; k < inner.text.length; k++) {
      b.text += inner.text[k];
      b.starts.push(inner.map(k, false));
      b.ends.push(inner.map(k + 1, true));
    }
    return true;
  }
  const args = joinArgs(node, doc);
  if (args) {
    const delim = args.delim.kind === "scalar" && typeof args.delim.value === "string" ? args.delim.value : void 0;
    if (delim === void 0) return false;
    for (let i = 0; i < args.items.length; i++) {
      if (i > 0 && delim !== "") piece(b, delim, args.delimDoc);
      if (!add(b, file, args.items[i], args.itemDocs[i], keyNode, ev, depth + 1)) return false;
    }
    return true;
  }
  if (node.kind !== "map") return false;
  const v = ev.value(node);
  if (!v || v.kind === "none") return true;
  if (v.kind !== "text") return false;
  const h = hole(b.holes.length);
  b.holes.push(v.text);
  return piece(b, h, doc);
}
function piece(b, s, doc) {
  for (let k = 0; k < s.length; k++) {
    b.text += s[k];
    b.starts.push(doc.start);
    b.ends.push(doc.end);
  }
  return true;
}
function joinArgs(node, doc) {
  if (node.kind !== "map" || node.entries.length !== 1 || node.entries[0].key !== "Fn::Join") return void 0;
  const args = prop(node, "Fn::Join");
  const docArgs = doc.tag === "!Join" ? doc : doc.kind === "map" && doc.entries.length === 1 ? doc.entries[0].value : void 0;
  if (!args || args.kind !== "seq" || !docArgs || docArgs.kind !== "seq" || args.items.length !== 2 || docArgs.items.length !== 2) return void 0;
  const list = args.items[1];
  const docList = docArgs.items[1];
  if (list.kind !== "seq" || docList.kind !== "seq" || list.items.length !== docList.items.length) return void 0;
  return { delim: args.items[0], delimDoc: docArgs.items[0], items: list.items, itemDocs: docList.items };
}

// src/extract/cdk-aws-auth.ts
var CDK_MANIFEST_TYPE = "Custom::AWSCDK-EKS-KubernetesResource";
function extractCdkAwsAuth(input2) {
  const { doc, props, ev } = input2;
  const node = prop(props, "Manifest");
  const e = entry2(doc.get(joinPointer(input2.base, "Properties")), "Manifest");
  if (!node || !e) return;
  const joined = joinManifest(doc.file, node, e.value, e.keyNode, ev);
  if (!joined || !joined.text.includes("aws-auth")) return;
  const plain = parseJson(joined.text);
  if (plain.errors.length > 0 || !plain.root) return;
  const mapped = parseJson(joined.text, joined.map);
  const mdoc = new SourceDoc(doc.file, mapped.root, `Resources.${input2.id}.Properties.Manifest`);
  const items2 = plain.root.kind === "seq" ? plain.root.items.map((n, i) => [n, joinPointer("", i)]) : [[plain.root, ""]];
  for (const [item, pointer] of items2) configMap2(input2, joined, mdoc, item, pointer);
}
function configMap2(input2, joined, mdoc, node, pointer) {
  if (str(get(node, "kind")) !== "ConfigMap" || str(get(node, "metadata", "name")) !== "aws-auth") return;
  const ns = str(get(node, "metadata", "namespace"));
  const data = get(node, "data");
  const at3 = (...segs) => ({ doc: mdoc, pointer: joinPointer(pointer, ...segs) });
  const cluster2 = input2.cluster.resource || input2.cluster.name ? input2.cluster : void 0;
  const document = {
    kind: "aws-auth",
    tool: "cdk",
    sections: [],
    name: literal("aws-auth"),
    namespace: ns === void 0 ? void 0 : withHoles(ns, joined.holes),
    namespaceDefaulted: false,
    ...cluster2 ? { cluster: cluster2 } : {},
    origin: at3(),
    fields: { name: at3("metadata", "name"), namespace: at3("metadata", "namespace"), data: at3("data") },
    ...input2.condition ? { condition: input2.condition } : {}
  };
  document.dataKeys = data?.kind === "map" ? data.entries.map((d) => ({ key: d.key, origin: at3("data", d.key) })) : [];
  input2.model.awsAuth.push(document);
  for (const name of SECTIONS) {
    const d = entry2(data, name);
    if (!d) continue;
    const v = d.value;
    const text3 = v.kind === "scalar" && typeof v.value === "string" ? sectionText(joined, v) : void 0;
    const value = text3 ? { text: text3, holes: joined.holes } : { notString: typeOf(v) };
    const { section, mappings } = readSection({ document, name, origin: at3("data", name), value });
    input2.model.identityMappings.push(...mappings);
    document.sections.push(section);
  }
}
function sectionText(joined, node) {
  const raw = joined.text.slice(node.start, node.end);
  if (raw.length < 2 || raw[0] !== '"') return void 0;
  const from = [];
  const to = [];
  let text3 = "";
  for (let i = 1; i < raw.length - 1; i++) {
    const start = i;
    if (raw[i] !== "\\") text3 += raw[i];
    else if (raw[i + 1] === "u") {
      text3 += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      text3 += { n: "\n", t: "	", r: "\r", b: "\b", f: "\f" }[raw[i + 1]] ?? raw[i + 1];
      i += 1;
    }
    from.push(node.start + start);
    to.push(node.start + i + 1);
  }
  const m = joined.map;
  const n = text3.length;
  const map = (o, isEnd) => {
    if (n === 0) return m(node.start, isEnd);
    if (isEnd) return o <= 0 ? m(from[0], false) : m(to[Math.min(o, n) - 1], true);
    return o >= n ? m(to[n - 1], true) : m(from[o], false);
  };
  return { text: text3, map, exact: joined.exact };
}
var HOLE_RE2 = /\u27EA(\d+)\u27EB/g;
function withHoles(s, holes) {
  const parts = [];
  let last2 = 0;
  for (const m of s.matchAll(HOLE_RE2)) {
    parts.push(s.slice(last2, m.index));
    parts.push(...(holes[Number(m[1])] ?? { parts: [{ unknown: "Manifest" }] }).parts);
    last2 = m.index + m[0].length;
  }
  parts.push(s.slice(last2));
  return concat({ parts });
}

// src/extract/cfn-intrinsics.ts
var PSEUDO = {
  "AWS::AccountId": "account",
  "AWS::Partition": "partition",
  "AWS::Region": "region",
  "AWS::URLSuffix": "url-suffix",
  "AWS::StackName": null,
  "AWS::StackId": null
};
var STRING_FNS = /* @__PURE__ */ new Set(["Fn::ImportValue", "Fn::Base64", "Fn::ToJsonString", "Fn::Length", "Fn::Sub", "Fn::Join"]);
var MAX_DEPTH = 64;
var text = (t) => ({ kind: "text", text: t });
var unknownValue = (what) => ({ kind: "unknown", what });
var partition = unknownText("AWS::Partition", "partition");
var account2 = unknownText("AWS::AccountId", "account");
var region = unknownText("AWS::Region", "region");
var Evaluator = class {
  /** `assumed`: conditions known to hold here, i.e. the Condition of the resource being read. */
  constructor(tpl, assumed = /* @__PURE__ */ new Set()) {
    this.tpl = tpl;
    this.assumed = assumed;
  }
  tpl;
  assumed;
  depth = 0;
  /** Refs being resolved, to stop cycles (`RoleName: !Ref SameRole`). */
  active = /* @__PURE__ */ new Set();
  /** undefined when the node is absent. */
  value(node) {
    if (!node) return void 0;
    if (this.depth >= MAX_DEPTH) return unknownValue("nesting");
    this.depth++;
    try {
      return this.eval(node);
    } finally {
      this.depth--;
    }
  }
  /** The node as a string; undefined when absent or removed. */
  text(node, what = "value") {
    return asText(this.value(node), what);
  }
  /** The node as a list of strings; undefined when absent or not knowable. */
  list(node) {
    const v = this.value(node);
    if (!v || v.kind !== "list") return void 0;
    const out = [];
    for (const item of v.items) {
      if (item.kind === "none") continue;
      if (item.kind !== "text") return void 0;
      out.push(item.text);
    }
    return out;
  }
  /** `Ref`: a pseudo-parameter, a parameter's default, or the name of a role or cluster defined here. */
  ref(name) {
    if (name === "AWS::NoValue") return { kind: "none" };
    if (name === "AWS::NotificationARNs") return unknownValue(name);
    if (Object.hasOwn(PSEUDO, name)) return text(unknownText(name, PSEUDO[name] ?? void 0));
    const param = this.tpl.params.get(name);
    if (param) return this.param(name, param.type, param.default);
    const res = this.resource(name);
    if (!res) return text(unknownText(name));
    return this.guard(`Ref ${name}`, () => {
      if (res.type === "AWS::EKS::Cluster") return this.text(prop(res.props, "Name"));
      if (res.type === "Custom::AWSCDK-EKS-Cluster") return this.text(prop(prop(res.props, "Config"), "name"));
      if (res.type === "AWS::IAM::Role") return this.text(prop(res.props, "RoleName"));
      return void 0;
    }, name);
  }
  /** `Fn::GetAtt [Id, Arn]` of a role or cluster defined here; any other attribute is unknown. */
  getAtt(id, attr) {
    const what = `${id}.${attr}`;
    const res = this.resource(id);
    if (!res || attr !== "Arn") return text(unknownText(what));
    return this.guard(`GetAtt ${what}`, () => {
      if (res.type === "AWS::IAM::Role") {
        const path = this.text(prop(res.props, "Path"), `${id}.Path`) ?? literal("/");
        const name = this.text(prop(res.props, "RoleName")) ?? unknownText(id);
        return concat(literal("arn:"), partition, literal(":iam::"), account2, literal(":role"), path, name);
      }
      if (CLUSTER_TYPES.has(res.type)) {
        const name = asText(this.ref(id), id) ?? unknownText(id);
        return concat(literal("arn:"), partition, literal(":eks:"), region, literal(":"), account2, literal(":cluster/"), name);
      }
      return void 0;
    }, what);
  }
  /** A resource whose values this context may read: one that exists whenever the reader does. */
  resource(id) {
    const res = this.tpl.resources.get(id);
    if (!res || res.condition && !this.assumed.has(res.condition)) return void 0;
    return res;
  }
  guard(key2, f, what) {
    if (this.active.has(key2)) return text(unknownText(what));
    this.active.add(key2);
    try {
      return text(f() ?? unknownText(what));
    } finally {
      this.active.delete(key2);
    }
  }
  param(name, type, def) {
    if (type?.startsWith("AWS::SSM::")) return text(unknownText(name));
    const d = def && def.kind === "scalar" && def.value !== null ? String(def.value) : void 0;
    const isList = type === "CommaDelimitedList" || type?.startsWith("List<");
    if (d === void 0 || d === "") return isList ? unknownValue(name) : text(unknownText(name));
    if (isList) return { kind: "list", items: d.split(",").map((s) => text(literal(s.trim()))) };
    return text(literal(d));
  }
  eval(node) {
    if (node.kind === "scalar") return node.value === null ? { kind: "none" } : text(literal(String(node.value)));
    if (node.kind === "seq") return { kind: "list", items: node.items.map((it) => this.value(it)) };
    if (!isIntrinsic(node)) return unknownValue("map");
    const fn2 = node.entries[0];
    const arg = fn2.value;
    const args = arg.kind === "seq" ? arg.items : [];
    switch (fn2.key) {
      case "Ref": {
        const name = scalarString(arg);
        return name === void 0 ? unknownValue("Ref") : this.ref(name);
      }
      case "Fn::GetAtt":
        return this.evalGetAtt(arg);
      case "Fn::Sub":
        return this.sub(arg);
      case "Fn::Join":
        return this.join(args);
      case "Fn::Select":
        return this.select(args);
      case "Fn::Split":
        return this.split(args);
      case "Fn::If":
        return this.ifThen(args);
      case "Fn::FindInMap":
        return this.findInMap(args);
      default:
        return STRING_FNS.has(fn2.key) ? text(unknownText(fn2.key)) : unknownValue(fn2.key);
    }
  }
  evalGetAtt(arg) {
    const parts = arg.kind === "seq" ? arg.items.map((it) => knownString(this.value(it))) : [scalarString(arg)];
    if (parts.length === 1 && parts[0]?.includes(".")) {
      const s = parts[0];
      return this.getAtt(s.slice(0, s.indexOf(".")), s.slice(s.indexOf(".") + 1));
    }
    const [id, attr] = parts;
    return id !== void 0 && attr !== void 0 ? this.getAtt(id, attr) : text(unknownText("Fn::GetAtt"));
  }
  sub(arg) {
    const pattern = arg.kind === "seq" ? arg.items[0] : arg;
    const vars = arg.kind === "seq" ? arg.items[1] : void 0;
    const source = scalarString(pattern);
    if (source === void 0) return text(unknownText("Fn::Sub"));
    const pieces = [];
    let last2 = 0;
    for (const m of source.matchAll(/\$\{([^}]*)\}/g)) {
      pieces.push(literal(source.slice(last2, m.index)));
      last2 = m.index + m[0].length;
      const name = m[1];
      if (name.startsWith("!")) {
        pieces.push(literal("${" + name.slice(1) + "}"));
        continue;
      }
      const bound = prop(vars, name);
      const dot = name.indexOf(".");
      const v = bound ? this.value(bound) : dot === -1 ? this.ref(name) : this.getAtt(name.slice(0, dot), name.slice(dot + 1));
      pieces.push(asText(v, name) ?? literal(""));
    }
    pieces.push(literal(source.slice(last2)));
    return text(concat(...pieces));
  }
  join(args) {
    const delim = knownString(this.value(args[0]));
    const list = this.value(args[1]);
    if (delim === void 0 || !list || list.kind !== "list") return text(unknownText("Fn::Join"));
    const pieces = [];
    for (const item of list.items) {
      if (item.kind === "none") continue;
      if (item.kind !== "text" && delim !== "") return text(unknownText("Fn::Join"));
      if (pieces.length > 0) pieces.push(literal(delim));
      pieces.push(asText(item, "Fn::Join"));
    }
    return text(concat(...pieces));
  }
  select(args) {
    const index = knownString(this.value(args[0]));
    const list = this.value(args[1]);
    if (index === void 0 || !/^\d+$/.test(index) || !list || list.kind !== "list") return text(unknownText("Fn::Select"));
    const before = list.items.slice(0, Number(index));
    if (before.some((it) => it.kind === "none" || it.kind === "unknown")) return text(unknownText("Fn::Select"));
    return list.items[Number(index)] ?? text(unknownText("Fn::Select"));
  }
  split(args) {
    const delim = knownString(this.value(args[0]));
    const source = knownString(this.value(args[1]));
    if (delim === void 0 || delim === "" || source === void 0) return unknownValue("Fn::Split");
    return { kind: "list", items: source.split(delim).map((s) => text(literal(s))) };
  }
  ifThen(args) {
    const cond = scalarString(args[0]) ?? "?";
    if (this.assumed.has(cond)) return this.value(args[1]) ?? unknownValue(`Fn::If ${cond}`);
    const a = this.value(args[1]);
    const b = this.value(args[2]);
    return a && b && JSON.stringify(a) === JSON.stringify(b) ? a : unknownValue(`Fn::If ${cond}`);
  }
  findInMap(args) {
    const keys = args.slice(0, 3).map((a) => knownString(this.value(a)));
    if (keys.length < 3 || keys.some((k) => k === void 0)) return unknownValue("Fn::FindInMap");
    const found = prop(prop(prop(this.tpl.mappings, keys[0]), keys[1]), keys[2]);
    return (found && this.value(found)) ?? unknownValue("Fn::FindInMap");
  }
};
function asText(v, what) {
  if (!v || v.kind === "none") return void 0;
  if (v.kind === "text") return v.text;
  return unknownText(v.kind === "unknown" ? v.what : what);
}
function knownString(v) {
  if (!v || v.kind !== "text") return void 0;
  return v.text.parts.every((p) => typeof p === "string") ? v.text.parts.join("") : void 0;
}

// src/extract/cfn-normalize.ts
var FN_TAGS = /* @__PURE__ */ new Set([
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  // Rule functions (the `Rules` section); AWS's own Quick Start templates write them as tags.
  "Contains",
  "EachMemberEquals",
  "EachMemberIn",
  "RefAll",
  "ValueOf",
  "ValueOfAll",
  // AWS::LanguageExtensions functions: accepted rather than risk reporting a valid template as broken.
  "Length",
  "ToJsonString"
]);
var PLAIN_TAGS = /* @__PURE__ */ new Set(["Ref", "Condition"]);
function normalize2(doc) {
  const out = { root: void 0 };
  const done = /* @__PURE__ */ new Map();
  const visit2 = (node, pointer) => {
    const cached = done.get(node);
    if (cached) return cached;
    const body = untagged(node, pointer);
    const result2 = node.tag ? tagged(node, body, pointer) : body;
    done.set(node, result2);
    return result2;
  };
  const untagged = (node, pointer) => {
    if (node.kind === "scalar") return { kind: "scalar", value: node.value };
    if (node.kind === "seq") return { kind: "seq", items: node.items.map((it, i) => visit2(it, joinPointer(pointer, i))) };
    return { kind: "map", entries: node.entries.map((e) => ({ key: e.key, value: visit2(e.value, joinPointer(pointer, e.key)) })) };
  };
  const tagged = (node, body, pointer) => {
    const name = node.tag.slice(1);
    if (PLAIN_TAGS.has(name)) return fn(name, body);
    if (!FN_TAGS.has(name)) {
      out.unknownTag ??= { tag: node.tag, pointer, offsets: tagOffsets(doc, node) };
      return body;
    }
    if (name === "GetAtt" && body.kind === "scalar" && typeof body.value === "string") return fn("Fn::GetAtt", splitGetAtt(body.value));
    return fn("Fn::" + name, body);
  };
  if (doc.root) out.root = visit2(doc.root, "");
  return out;
}
function fn(key2, value) {
  return { kind: "map", entries: [{ key: key2, value }] };
}
function splitGetAtt(s) {
  const dot = s.indexOf(".");
  const parts = dot === -1 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
  return { kind: "seq", items: parts.map((p) => ({ kind: "scalar", value: p })) };
}
function tagOffsets(doc, node) {
  const tag = node.tag;
  const at3 = doc.file.text.lastIndexOf(tag, node.start);
  if (at3 !== -1 && /^\s*(&\S+\s*)?$/.test(doc.file.text.slice(at3 + tag.length, node.start))) return [at3, at3 + tag.length];
  return [node.start, node.end];
}

// src/extract/cloudformation.ts
function isCloudFormation(root) {
  return !!get(root, "AWSTemplateFormatVersion") || get(root, "Resources")?.kind === "map";
}
var READERS = {
  "AWS::EKS::Cluster": cfnCluster,
  "Custom::AWSCDK-EKS-Cluster": cdkCluster,
  // CDK aws-eks (v1): aws-auth inside a KubernetesManifest (cdk-aws-auth.ts).
  [CDK_MANIFEST_TYPE]: (ctx) => extractCdkAwsAuth({ ...ctx, id: ctx.res.id, condition: ctx.res.condition, cluster: clusterRef(ctx, prop(ctx.props, "ClusterName")) }),
  "AWS::EKS::AccessEntry": accessEntry,
  "AWS::EKS::Nodegroup": (ctx) => nodeRole(ctx, "NodeRole", "nodegroup"),
  "AWS::EKS::FargateProfile": (ctx) => nodeRole(ctx, "PodExecutionRoleArn", "fargate")
};
function extractCloudFormation(doc, model) {
  const { root, unknownTag } = normalize2(doc);
  if (unknownTag) {
    if (!model.parseFailures.some((f) => f.origin.doc.file === doc.file)) {
      model.parseFailures.push({
        kind: "parse-failure",
        message: `unknown CloudFormation tag "${unknownTag.tag}"`,
        origin: { doc, pointer: unknownTag.pointer, offsets: unknownTag.offsets },
        fields: {}
      });
    }
    return;
  }
  const tpl = indexTemplate(root);
  for (const res of tpl.resources.values()) {
    const read = Object.hasOwn(READERS, res.type) ? READERS[res.type] : void 0;
    if (!read || !res.props) continue;
    const ev = new Evaluator(tpl, new Set(res.condition ? [res.condition] : []));
    read({ doc, model, tpl, res, props: res.props, ev, base: joinPointer("", "Resources", res.id) });
  }
}
function at(ctx, ...segs) {
  return { doc: ctx.doc, pointer: joinPointer(ctx.base, "Properties", ...segs) };
}
function located(ctx, fields) {
  return { origin: { doc: ctx.doc, pointer: ctx.base }, fields, ...ctx.res.condition ? { condition: ctx.res.condition } : {} };
}
function cfnCluster(ctx) {
  pushCluster(ctx, "cloudformation", [], { name: "Name", accessConfig: "AccessConfig", mode: "AuthenticationMode", bootstrap: "BootstrapClusterCreatorAdminPermissions" });
}
function cdkCluster(ctx) {
  pushCluster(ctx, "cdk", ["Config"], { name: "name", accessConfig: "accessConfig", mode: "authenticationMode", bootstrap: "bootstrapClusterCreatorAdminPermissions" });
}
function pushCluster(ctx, tool, under, k) {
  const config = under.reduce((n, key2) => prop(n, key2), ctx.props);
  const name = ctx.ev.text(prop(config, k.name));
  const accessNode = prop(config, k.accessConfig);
  const access = readAccessConfig(ctx.ev, accessNode, k);
  const cluster2 = {
    kind: "cluster",
    tool,
    ref: clusterResource(ctx.doc, ctx.res.id, name),
    ...name ? { name } : {},
    // A cluster is in the account its stack deploys to.
    account: { unknown: "AWS::AccountId", means: "account" },
    authenticationMode: access.mode,
    authenticationModeExplicit: access.explicit,
    ...access.bootstrap === void 0 ? {} : { bootstrapAdmin: access.bootstrap },
    ...located(ctx, {
      name: at(ctx, ...under, k.name),
      authenticationMode: at(ctx, ...under, k.accessConfig, k.mode),
      bootstrapAdmin: at(ctx, ...under, k.accessConfig, k.bootstrap),
      accessConfig: at(ctx, ...under, k.accessConfig)
    })
  };
  ctx.model.clusters.push(cluster2);
}
function readAccessConfig(ev, node, k) {
  const absent = !node || ev.value(node)?.kind === "none";
  if (absent) return { mode: literal("CONFIG_MAP"), explicit: false, bootstrap: true };
  if (!isPlainMap(node)) return { mode: unknownText(k.accessConfig), explicit: true, bootstrap: void 0 };
  const modeNode = prop(node, k.mode);
  const mode = ev.text(modeNode, k.mode);
  const bootNode = prop(node, k.bootstrap);
  const boot = bootNode ? known(ev.text(bootNode))?.toLowerCase() : "true";
  return {
    mode: mode ?? literal("CONFIG_MAP"),
    explicit: mode !== void 0,
    bootstrap: boot === "true" ? true : boot === "false" ? false : void 0
  };
}
function clusterResource(doc, id, name) {
  const literalName = known(name);
  return { resource: `cfn:${doc.file.path}#${id}`, ...literalName ? { name: literalName } : {} };
}
function clusterRef(ctx, node) {
  const name = ctx.ev.text(node);
  const target = node && node.kind === "map" && node.entries.length === 1 && node.entries[0].key === "Ref" ? scalarString(node.entries[0].value) : void 0;
  const res = target ? ctx.tpl.resources.get(target) : void 0;
  if (res && CLUSTER_TYPES.has(res.type)) return clusterResource(ctx.doc, res.id, name);
  const literalName = known(name);
  return literalName ? { name: literalName } : {};
}
function accessEntry(ctx) {
  const { ev, props } = ctx;
  const groupsNode = prop(props, "KubernetesGroups");
  const type = ev.text(prop(props, "Type"), "Type");
  const username2 = ev.text(prop(props, "Username"), "Username");
  ctx.model.accessEntries.push({
    kind: "access-entry",
    tool: "cloudformation",
    cluster: clusterRef(ctx, prop(props, "ClusterName")),
    principal: ev.text(prop(props, "PrincipalArn"), "PrincipalArn") ?? unknownText("PrincipalArn"),
    ...type ? { type } : {},
    ...username2 ? { username: username2 } : {},
    // Absent or removed → none; an intrinsic list we cannot evaluate → unknown.
    groups: !groupsNode || ev.value(groupsNode)?.kind === "none" ? [] : ev.list(groupsNode),
    policies: policies(ctx),
    ...policiesIncomplete(ctx) ? { policiesIncomplete: true } : {},
    ...located(ctx, {
      principal: at(ctx, "PrincipalArn"),
      type: at(ctx, "Type"),
      username: at(ctx, "Username"),
      groups: at(ctx, "KubernetesGroups"),
      policies: at(ctx, "AccessPolicies"),
      cluster: at(ctx, "ClusterName")
    })
  });
}
function policiesIncomplete(ctx) {
  const list = prop(ctx.props, "AccessPolicies");
  if (!list || ctx.ev.value(list)?.kind === "none") return false;
  if (list.kind !== "seq") return true;
  return list.items.some((item) => !isPlainMap(item) && ctx.ev.value(item)?.kind !== "none");
}
function policies(ctx) {
  const list = prop(ctx.props, "AccessPolicies");
  if (!list || list.kind !== "seq") return [];
  const out = [];
  list.items.forEach((item, i) => {
    if (!isPlainMap(item)) return;
    const scope = prop(item, "AccessScope");
    const nsNode = prop(scope, "Namespaces");
    const scopeType = ctx.ev.text(prop(scope, "Type"), "AccessScope.Type");
    const namespaces = nsNode ? ctx.ev.list(nsNode) : [];
    out.push({
      policyArn: ctx.ev.text(prop(item, "PolicyArn"), "PolicyArn") ?? unknownText("PolicyArn"),
      ...scopeType ? { scopeType } : {},
      ...namespaces ? { namespaces } : {},
      origin: at(ctx, "AccessPolicies", i),
      fields: {
        policyArn: at(ctx, "AccessPolicies", i, "PolicyArn"),
        scope: at(ctx, "AccessPolicies", i, "AccessScope"),
        scopeType: at(ctx, "AccessPolicies", i, "AccessScope", "Type"),
        namespaces: at(ctx, "AccessPolicies", i, "AccessScope", "Namespaces")
      }
    });
  });
  return out;
}
function nodeRole(ctx, key2, via) {
  ctx.model.nodeRoles.push({
    kind: "node-role",
    tool: "cloudformation",
    via,
    cluster: clusterRef(ctx, prop(ctx.props, "ClusterName")),
    role: ctx.ev.text(prop(ctx.props, key2), key2) ?? unknownText(key2),
    ...located(ctx, { role: at(ctx, key2), cluster: at(ctx, "ClusterName") })
  });
}

// src/extract/eksctl.ts
function isEksctlConfig(root) {
  return str(get(root, "kind")) === "ClusterConfig" && (str(get(root, "apiVersion"))?.startsWith("eksctl.io/") ?? false);
}
function extractEksctl(doc, model) {
  const root = doc.root;
  const name = text2(get(root, "metadata", "name"));
  const literalName = known(name);
  const resource = `eksctl:${doc.file.path}#${doc.index}`;
  const ref = { resource, ...literalName ? { name: literalName } : {}, via: `the same eksctl ClusterConfig (${doc.file.path})` };
  const ctx = { doc, model, ref };
  const at3 = (...segs) => ({ doc, pointer: joinPointer("", ...segs) });
  const access = get(root, "accessConfig");
  const modeNode = get(access, "authenticationMode");
  const written3 = scalarText(modeNode);
  const bootNode = get(access, "bootstrapClusterCreatorAdminPermissions");
  const boot = bootNode === void 0 ? true : bootNode.kind === "scalar" && typeof bootNode.value === "boolean" ? bootNode.value : void 0;
  model.clusters.push({
    kind: "cluster",
    tool: "eksctl",
    ref: { resource, ...literalName ? { name: literalName } : {} },
    ...name ? { name } : {},
    // eksctl creates the cluster in the account of the credentials it runs with.
    account: { unknown: "the account eksctl deploys to", means: "account" },
    authenticationMode: written3 ?? defaultMode(root),
    authenticationModeExplicit: written3 !== void 0,
    ...boot === void 0 ? {} : { bootstrapAdmin: boot },
    origin: at3(),
    fields: {
      name: at3("metadata", "name"),
      authenticationMode: at3("accessConfig", "authenticationMode"),
      bootstrapAdmin: at3("accessConfig", "bootstrapClusterCreatorAdminPermissions"),
      accessConfig: at3("accessConfig")
    }
  });
  items(get(access, "accessEntries")).forEach((item, i) => accessEntry2(ctx, item, i));
  identityMappings(ctx, get(root, "iamIdentityMappings"));
  items(get(root, "managedNodeGroups")).forEach((ng, i) => {
    const role = text2(get(ng, "iam", "instanceRoleARN"));
    if (role) pushNodeRole(ctx, role, "nodegroup", at3("managedNodeGroups", i, "iam", "instanceRoleARN"));
  });
  items(get(root, "fargateProfiles")).forEach((fp, i) => {
    const role = text2(get(fp, "podExecutionRoleARN"));
    if (role) pushNodeRole(ctx, role, "fargate", at3("fargateProfiles", i, "podExecutionRoleARN"));
  });
}
function defaultMode(root) {
  if (get(root, "outpost") !== void 0) return unknownText("eksctl default authenticationMode on Outposts");
  return literal("API_AND_CONFIG_MAP");
}
function text2(node) {
  const s = str(node);
  return s === void 0 ? void 0 : withPlaceholders(s);
}
function scalarText(node) {
  if (!node || node.kind !== "scalar" || node.value === null) return void 0;
  return typeof node.value === "string" ? withPlaceholders(node.value) : literal(String(node.value));
}
function strings(node) {
  return items(node).flatMap((n) => {
    const t = text2(n);
    return t ? [t] : [];
  });
}
function accessEntry2(ctx, item, i) {
  const principal = text2(get(item, "principalARN"));
  if (!principal) return;
  const base = joinPointer("", "accessConfig", "accessEntries", i);
  const at3 = (...segs) => ({ doc: ctx.doc, pointer: joinPointer(base, ...segs) });
  const typeText = scalarText(get(item, "type"));
  const type = typeText && known(typeText) !== "" ? typeText : void 0;
  const username2 = text2(get(item, "kubernetesUsername"));
  const policies2 = [];
  items(get(item, "accessPolicies")).forEach((p, j) => {
    if (p.kind !== "map") return;
    const pAt = (...segs) => at3("accessPolicies", j, ...segs);
    const scopeType = text2(get(p, "accessScope", "type"));
    policies2.push({
      policyArn: text2(get(p, "policyARN")) ?? unknownText("policyARN"),
      ...scopeType ? { scopeType } : {},
      namespaces: strings(get(p, "accessScope", "namespaces")),
      origin: at3("accessPolicies", j),
      fields: {
        policyArn: pAt("policyARN"),
        scope: pAt("accessScope"),
        scopeType: pAt("accessScope", "type"),
        namespaces: pAt("accessScope", "namespaces")
      }
    });
  });
  ctx.model.accessEntries.push({
    kind: "access-entry",
    tool: "eksctl",
    cluster: ctx.ref,
    principal,
    ...type ? { type } : {},
    ...username2 ? { username: username2 } : {},
    groups: strings(get(item, "kubernetesGroups")),
    policies: policies2,
    origin: at3(),
    fields: {
      principal: at3("principalARN"),
      type: at3("type"),
      username: at3("kubernetesUsername"),
      groups: at3("kubernetesGroups"),
      policies: at3("accessPolicies")
    }
  });
}
function identityMappings(ctx, list) {
  if (!list || list.kind !== "seq" || list.items.length === 0) return;
  const { doc } = ctx;
  const listAt = { doc, pointer: "/iamIdentityMappings" };
  const document = {
    kind: "aws-auth",
    tool: "eksctl",
    namespace: literal("kube-system"),
    namespaceDefaulted: false,
    name: literal("aws-auth"),
    cluster: ctx.ref,
    sections: [],
    dataKeys: [],
    origin: listAt,
    fields: { name: listAt, namespace: listAt, data: listAt }
  };
  const rows = [];
  const counts = { mapRoles: 0, mapUsers: 0, mapAccounts: 0 };
  list.items.forEach((item, i) => {
    if (item.kind !== "map") return;
    const at3 = (...segs) => ({ doc, pointer: joinPointer("/iamIdentityMappings", i, ...segs) });
    const has = (k) => get(item, k) !== void 0;
    const account4 = get(item, "account");
    if (account4 !== void 0) {
      if (has("arn") || has("username") || has("groups") || has("serviceName") || has("namespace")) return;
      const raw = account4.kind === "scalar" && account4.value !== null ? account4.style === "plain" && account4.raw !== void 0 ? account4.raw : String(account4.value) : void 0;
      rows.push({
        kind: "identity-mapping",
        document,
        section: "mapAccounts",
        index: counts.mapAccounts++,
        ...raw === void 0 ? {} : { arn: withPlaceholders(raw) },
        groups: [],
        keys: [{ key: "", type: "string" }],
        origin: at3(),
        fields: { arn: at3("account") }
      });
      return;
    }
    if (has("serviceName") || has("namespace")) return;
    const arn = text2(get(item, "arn"));
    if (!arn) return;
    const section = /^user\//.test(resourceOf(arn)) ? "mapUsers" : "mapRoles";
    const username2 = text2(get(item, "username"));
    const groupsNode = get(item, "groups");
    const groups2 = strings(groupsNode);
    const m = {
      kind: "identity-mapping",
      document,
      section,
      index: counts[section]++,
      arn,
      ...username2 ? { username: username2 } : {},
      groups: groups2,
      keys: [
        { key: section === "mapUsers" ? "userarn" : "rolearn", type: "string", text: arn, origin: at3("arn") },
        ...username2 ? [{ key: "username", type: "string", text: username2, origin: at3("username") }] : [],
        ...groupsNode?.kind === "seq" ? [{ key: "groups", type: "seq", origin: at3("groups") }] : []
      ],
      groupValues: groups2.map(() => ({ type: "string" })),
      origin: at3(),
      fields: { arn: at3("arn"), username: at3("username"), groups: at3("groups") }
    };
    rows.push(m);
  });
  if (rows.length === 0) return;
  for (const name of ["mapRoles", "mapUsers", "mapAccounts"]) {
    if (counts[name] === 0) continue;
    const section = { name, origin: listAt, exact: true, unknown: false };
    document.sections.push(section);
    document.dataKeys.push({ key: name, origin: listAt });
  }
  ctx.model.awsAuth.push(document);
  ctx.model.identityMappings.push(...rows);
}
function resourceOf(arn) {
  const fields = render(arn).split(":");
  return fields.length >= 6 ? fields.slice(5).join(":") : "";
}
function pushNodeRole(ctx, role, via, origin2) {
  ctx.model.nodeRoles.push({
    kind: "node-role",
    tool: "eksctl",
    via,
    cluster: ctx.ref,
    role,
    origin: origin2,
    fields: { role: origin2 }
  });
}

// src/extract/tf-config.ts
import { dirname as dirname4 } from "node:path";

// src/extract/tf-template.ts
function parseTemplate(s) {
  const pieces = [];
  let directive = false;
  let lit;
  const push = (ch, at3, end) => {
    if (!lit) pieces.push(lit = { kind: "lit", text: "", at: [], end });
    lit.text += ch;
    lit.at.push(at3);
    lit.end = end;
  };
  let i = 0;
  while (i < s.length) {
    const two = s.slice(i, i + 3);
    if (two === "$${" || two === "%%{") {
      push(s[i + 1], i, i + 2);
      push("{", i + 2, i + 3);
      i += 3;
      continue;
    }
    if ((s[i] === "$" || s[i] === "%") && s[i + 1] === "{") {
      const close = closingBrace(s, i + 2);
      if (close === -1) {
        push(s[i], i, i + 1);
        i += 1;
        continue;
      }
      let body = s.slice(i + 2, close);
      if (body.startsWith("~")) {
        body = body.slice(1);
        if (lit) trimEnd(lit);
      }
      const stripAfter = body.endsWith("~");
      if (stripAfter) body = body.slice(0, -1);
      if (s[i] === "%") directive = true;
      else pieces.push({ kind: "expr", expr: body.trim(), start: i, end: close + 1 });
      lit = void 0;
      i = close + 1;
      if (stripAfter) while (i < s.length && /\s/.test(s[i])) i++;
      continue;
    }
    push(s[i], i, i + 1);
    i += 1;
  }
  return { pieces, directive };
}
function trimEnd(lit) {
  while (lit.text.length > 0 && /\s$/.test(lit.text)) {
    lit.text = lit.text.slice(0, -1);
    lit.end = lit.at.pop();
  }
}
function closingBrace(s, from) {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      i = endOfQuoted(s, i);
      if (i === -1) return -1;
    } else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
function endOfQuoted(s, open) {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
    else if (s[i] === "$" && s[i + 1] === "{") {
      const close = closingBrace(s, i + 2);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}
function singleExpression(t) {
  return !t.directive && t.pieces.length === 1 && t.pieces[0].kind === "expr" ? t.pieces[0].expr : void 0;
}
function hasInterpolation(t) {
  return t.directive || t.pieces.some((p) => p.kind === "expr");
}

// src/extract/tf-refs.ts
var NAME = "[A-Za-z_][A-Za-z0-9_-]*";
var INDEX = "(?:\\[[^\\]]*\\])?";
var MEANS = [
  [new RegExp(`^data\\.aws_caller_identity\\.${NAME}${INDEX}\\.account_id$`), "account"],
  [new RegExp(`^data\\.aws_partition\\.${NAME}${INDEX}\\.partition$`), "partition"],
  [new RegExp(`^data\\.aws_partition\\.${NAME}${INDEX}\\.dns_suffix$`), "url-suffix"],
  [new RegExp(`^data\\.aws_region\\.${NAME}${INDEX}\\.(?:name|region|id)$`), "region"]
];
function meaning(expr) {
  return MEANS.find(([re]) => re.test(expr))?.[1];
}
function clusterAddress(expr) {
  const m = new RegExp(`^(aws_eks_cluster\\.${NAME}${INDEX})\\.(?:name|id)$`).exec(expr);
  return m?.[1];
}
function entryAttribute(expr) {
  const m = new RegExp(`^(aws_eks_access_entry\\.${NAME}${INDEX})\\.(${NAME})$`).exec(expr);
  return m ? { address: m[1], attr: m[2] } : void 0;
}
function resourceId(module, address) {
  return `tf:${module}#${address}`;
}
function clusterRefOf(module, name, refs, stripIndex) {
  const ref = {};
  const literalName = name && name.parts.length === 1 && typeof name.parts[0] === "string" ? name.parts[0] : void 0;
  if (literalName !== void 0) ref.name = literalName;
  const address = refs.length > 0 ? clusterAddress(refs[0]) : void 0;
  if (address) ref.resource = resourceId(module, stripIndex ? address.replace(/\[[^\]]*\]$/, "") : address);
  return ref;
}
function roleAttribute(expr, roles) {
  const m = new RegExp(`^aws_iam_role\\.(${NAME})\\.(arn|name)$`).exec(expr);
  const role = m && roles.get(m[1]);
  if (!m || !role || role.name === void 0) return void 0;
  if (m[2] === "name") return literal(role.name);
  if (role.path === null) return void 0;
  const path = role.path ?? "/";
  return {
    parts: ["arn:", { unknown: "partition", means: "partition" }, ":iam::", { unknown: "account", means: "account" }, `:role${path}${role.name}`]
  };
}
function resolveExpr(expr, roles) {
  const means = meaning(expr);
  if (means) return unknownText(expr, means);
  return roleAttribute(expr, roles) ?? unknownText(expr);
}

// src/arn.ts
var PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
function parseArn(t) {
  if (!t || t.parts.length === 0) return void 0;
  const fields = [[]];
  for (const p of t.parts) {
    if (typeof p !== "string" || fields.length === 6) {
      fields[fields.length - 1].push(p);
      continue;
    }
    const pieces = p.split(":");
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) {
        if (fields.length < 6) fields.push([]);
        else {
          fields[5].push(":");
        }
      }
      if (pieces[i] !== "") fields[fields.length - 1].push(pieces[i]);
    }
  }
  if (fields.length < 6) return void 0;
  const single = (f) => {
    if (f.length === 0) return "";
    if (f.length === 1) return f[0];
    return f.every((x) => typeof x === "string") ? f.join("") : { unknown: "mixed" };
  };
  const head = single(fields[0]);
  if (head !== "arn") return void 0;
  return {
    partition: single(fields[1]),
    service: single(fields[2]),
    region: single(fields[3]),
    account: single(fields[4]),
    resource: concat(...fields[5].map((p) => typeof p === "string" ? literal(p) : { parts: [p] }))
  };
}
function rolePath(resource) {
  if (!resource.startsWith("role/")) return void 0;
  const rest = resource.slice("role/".length);
  const cut = rest.lastIndexOf("/");
  if (cut === -1) return { path: "/", name: rest };
  return { path: "/" + rest.slice(0, cut + 1), name: rest.slice(cut + 1) };
}

// src/join-policies.ts
function clustersByResource(clusters) {
  const out = /* @__PURE__ */ new Map();
  for (const c of clusters) if (c.ref.resource && !out.has(c.ref.resource)) out.set(c.ref.resource, c);
  return out;
}
var PolicyJoin = class {
  /** `entries`: the module's access entries by resource id. */
  constructor(entries, clusters) {
    this.entries = entries;
    this.clusters = clusters;
    for (const e of entries.values()) {
      const key2 = render(e.principal);
      this.byPrincipal.set(key2, [...this.byPrincipal.get(key2) ?? [], e]);
    }
  }
  entries;
  clusters;
  byPrincipal = /* @__PURE__ */ new Map();
  /**
   * Attach the association to the entry it provably belongs to. One no entry can be proven for is
   * left out: a guessed entry would carry findings that are not its own. `own` gives the entry
   * object to change.
   */
  settle(p, own = (e) => e) {
    const target = this.target(p);
    if (target) own(target).policies.push(p.policy);
    else if (!p.entry) {
      for (const e of this.entries.values()) if (this.mayOwn(e, p)) own(e).policiesIncomplete = true;
    }
  }
  /** Whether these entries settle the association as its whole module would: they hold what it references, and its entry. */
  settles(p) {
    if (p.entry) return this.entries.has(p.entry);
    if (p.clusterOfEntry && !this.entries.has(p.clusterOfEntry)) return false;
    return this.target(p) !== void 0;
  }
  target(p) {
    const cluster2 = this.clusterOf(p);
    const candidates = this.byPrincipal.get(render(p.principal)) ?? [];
    return p.entry && this.entries.get(p.entry) || candidates.find((e) => this.sameCluster(e.cluster, cluster2) && samePrincipal(e.principal, p.principal));
  }
  clusterOf(p) {
    return p.clusterOfEntry && this.entries.get(p.clusterOfEntry)?.cluster || p.cluster;
  }
  /** Not provably for another principal or another cluster. */
  mayOwn(e, p) {
    const cluster2 = this.clusterOf(p);
    const a = known(e.principal)?.toLowerCase();
    const b = known(p.principal)?.toLowerCase();
    if (a !== void 0 && b !== void 0 && a !== b) return false;
    if (e.cluster.resource && cluster2.resource && e.cluster.resource !== cluster2.resource) return false;
    const an = this.nameOf(e.cluster);
    const bn = this.nameOf(cluster2);
    return an === void 0 || bn === void 0 || an === bn;
  }
  sameCluster(a, b) {
    if (a.resource && a.resource === b.resource) return true;
    const an = this.nameOf(a);
    return an !== void 0 && an === this.nameOf(b);
  }
  nameOf(ref) {
    if (ref.name !== void 0) return ref.name;
    return known(ref.resource ? this.clusters.get(ref.resource)?.name : void 0);
  }
};
function samePrincipal(a, b) {
  const ka = known(a);
  if (ka !== void 0) return ka === known(b);
  if (known(b) !== void 0 || render(a) !== render(b)) return false;
  return a.parts.every((p) => typeof p === "string" || !/\b(each|count|self)\./.test(p.unknown) && !p.unknown.includes("(not set)") && !p.unknown.includes(".principal_arn"));
}
function joinPolicies(model) {
  const pending = model.unjoinedPolicies;
  if (pending.length === 0) return;
  model.unjoinedPolicies = [];
  const byModule = /* @__PURE__ */ new Map();
  for (const e of model.accessEntries) {
    if (!e.resource) continue;
    const module = e.resource.slice("tf:".length, e.resource.lastIndexOf("#"));
    const entries = byModule.get(module) ?? /* @__PURE__ */ new Map();
    byModule.set(module, entries.set(e.resource, e));
  }
  const clusters = clustersByResource(model.clusters);
  const joins = /* @__PURE__ */ new Map();
  const copies = /* @__PURE__ */ new Map();
  const own = (e) => {
    let copy = copies.get(e);
    if (!copy) copies.set(e, copy = { ...e, policies: [...e.policies] });
    return copy;
  };
  for (const p of pending) {
    let join4 = joins.get(p.module);
    if (!join4) joins.set(p.module, join4 = new PolicyJoin(byModule.get(p.module) ?? /* @__PURE__ */ new Map(), clusters));
    join4.settle(p, own);
  }
  if (copies.size) model.accessEntries = model.accessEntries.map((e) => copies.get(e) ?? e);
}

// src/extract/tf-aws-auth.ts
var CONFIG_MAPS = ["kubernetes_config_map", "kubernetes_config_map_v1", "kubernetes_config_map_v1_data"];
function extractTfAwsAuth(r, model) {
  let body = r.body;
  if (r.type === "kubernetes_manifest") {
    const m = r.body.block("manifest");
    body = m && m !== "unknown" && known(m.text("kind")) === "ConfigMap" ? m : void 0;
  } else if (!CONFIG_MAPS.includes(r.type)) return;
  const meta = body?.block("metadata");
  if (!body || !meta || meta === "unknown" || known(meta.text("name")) !== "aws-auth") return;
  let namespace = meta.text("namespace");
  let namespaceDefaulted = false;
  if (r.type !== "kubernetes_manifest") {
    const written3 = meta.written("namespace");
    if (written3 === false || namespace === void 0 && !meta.unknown("namespace")) {
      namespaceDefaulted = true;
      namespace ??= literal("default");
    }
  }
  const document = {
    kind: "aws-auth",
    tool: "terraform",
    sections: [],
    namespace,
    namespaceDefaulted,
    name: meta.text("name"),
    ...r.kubernetesCluster ? { cluster: r.kubernetesCluster } : {},
    origin: { doc: body.doc, pointer: body.pointer },
    fields: {
      name: { doc: meta.doc, pointer: meta.at("name") },
      namespace: { doc: meta.doc, pointer: meta.entry("namespace") ? meta.at("namespace") : meta.pointer },
      data: { doc: body.doc, pointer: body.at("data") }
    }
  };
  model.awsAuth.push(document);
  const data = body.block("data");
  if (data === "unknown") {
    for (const name of SECTIONS) document.sections.push({ name, origin: document.fields.data, exact: false, unknown: true });
    return;
  }
  if (!data) return;
  const keys = data.doc.get(data.pointer);
  if (keys?.kind === "map") document.dataKeys = keys.entries.map((e) => ({ key: e.key, origin: { doc: data.doc, pointer: data.at(e.key) } }));
  for (const name of SECTIONS) {
    const value = sectionValue(data, name);
    if (!value) continue;
    const { section, mappings } = readSection({ document, name, origin: { doc: data.doc, pointer: data.at(name) }, value });
    document.sections.push(section);
    model.identityMappings.push(...mappings);
  }
}
function sectionValue(data, name) {
  const e = data.entry(name);
  if (!e || e.value.kind === "scalar" && e.value.value === null) {
    if (data.unknown(name)) return { unknown: true };
    return e ? { notString: "null" } : void 0;
  }
  const v = e.value;
  if (v.kind !== "scalar") return { notString: typeOf(v) };
  if (data.mode === "values") return typeof v.value === "string" ? { text: embeddedText(data.doc.file, v, e.keyNode) } : { notString: typeOf(v) };
  if (typeof v.value !== "string") return { text: atKey(String(v.value), e) };
  const t = parseTemplate(v.value);
  if (t.directive || singleExpression(t) !== void 0) return { unknown: true };
  const holed = holedText(t, embeddedText(data.doc.file, v, e.keyNode));
  if (holedStructure(holed.text.text, holed.holes.length, name)) return { unknown: true };
  if (holed.holes.length === 0) return { text: holed.text };
  return { text: holed.text, holes: holed.holes.map((expr) => data.resolve?.(expr) ?? expr) };
}
function atKey(text3, e) {
  return { text: text3, map: (_o, isEnd) => isEnd ? e.keyNode.end : e.keyNode.start, exact: false };
}
function holedText(t, inner) {
  let text3 = "";
  const starts = [];
  const ends = [];
  const holes = [];
  for (const p of t.pieces) {
    if (p.kind === "lit") {
      for (let k = 0; k < p.text.length; k++) {
        text3 += p.text[k];
        starts.push(p.at[k]);
        ends.push(k + 1 < p.at.length ? p.at[k + 1] : p.end);
      }
    } else {
      const h = hole(holes.length);
      holes.push(p.expr);
      text3 += h;
      for (let k = 0; k < h.length; k++) {
        starts.push(p.start);
        ends.push(p.end);
      }
    }
  }
  const n = text3.length;
  const m = inner.map;
  const map = (o, isEnd) => {
    if (n === 0) return m(0, isEnd);
    if (isEnd) return o <= 0 ? m(starts[0], false) : m(ends[Math.min(o, n) - 1], true);
    return o >= n ? m(ends[n - 1], true) : m(starts[o], false);
  };
  return { text: { text: text3, map, exact: inner.exact }, holes };
}
function holedStructure(text3, count, name) {
  const itemIndent = Math.min(...[...text3.matchAll(/^( *)-/gm)].map((m) => m[1].length));
  for (let i = 0; i < count; i++) {
    const at3 = text3.indexOf(hole(i));
    const before = text3.slice(text3.lastIndexOf("\n", at3 - 1) + 1, at3);
    if (/^\s*$/.test(before)) return true;
    const item = /^( *)-\s*$/.exec(before);
    if (item && name !== "mapAccounts" && item[1].length <= itemIndent) return true;
  }
  return false;
}

// src/extract/tf-resources.ts
var TYPES = /* @__PURE__ */ new Set([
  "aws_eks_cluster",
  "aws_eks_access_entry",
  "aws_eks_access_policy_association",
  "aws_eks_node_group",
  "aws_eks_fargate_profile",
  "kubernetes_config_map",
  "kubernetes_config_map_v1",
  "kubernetes_config_map_v1_data",
  "kubernetes_manifest"
]);
function isModelled(type) {
  return TYPES.has(type);
}
var origin = (b) => ({ doc: b.doc, pointer: b.pointer });
var TfBuilder = class {
  constructor(model) {
    this.model = model;
  }
  model;
  entries = /* @__PURE__ */ new Map();
  pending = [];
  add(r) {
    switch (r.type) {
      case "aws_eks_cluster":
        this.model.clusters.push(cluster(r));
        break;
      case "aws_eks_access_entry": {
        const e = accessEntry3(r);
        const id = resourceId(r.module, stripIndexIn(r, r.local));
        if (r.body.mode === "config") e.resource = id;
        this.model.accessEntries.push(e);
        this.entries.set(id, e);
        break;
      }
      case "aws_eks_access_policy_association":
        this.pending.push({ p: association(r), config: r.body.mode === "config" });
        break;
      case "aws_eks_node_group":
        this.model.nodeRoles.push(nodeRole2(r, "node_role_arn", "nodegroup"));
        break;
      case "aws_eks_fargate_profile":
        this.model.nodeRoles.push(nodeRole2(r, "pod_execution_role_arn", "fargate"));
        break;
      default:
        extractTfAwsAuth(r, this.model);
    }
  }
  /**
   * Attach each association to its entry in this document. A configuration file is one file of a
   * folder's module: an association whose entry may be in another file is left to joinPolicies.
   */
  finish() {
    const join4 = new PolicyJoin(this.entries, clustersByResource(this.model.clusters));
    for (const { p, config } of this.pending) {
      if (config && !join4.settles(p)) this.model.unjoinedPolicies.push(p);
      else join4.settle(p);
    }
    this.pending.length = 0;
  }
};
function stripIndexIn(r, address) {
  return r.body.mode === "config" ? address.replace(/\[[^\]]*\]$/, "") : address;
}
function clusterOf(r, key2 = "cluster_name") {
  return clusterRefOf(r.module, r.body.text(key2), r.body.refs(key2), r.body.mode === "config");
}
function cluster(r) {
  const b = r.body;
  const ac = b.block("access_config");
  let mode = literal("CONFIG_MAP");
  let explicit = false;
  let bootstrap = true;
  if (ac === "unknown") {
    const written3 = b.written("access_config");
    mode = void 0;
    explicit = written3 !== false;
    if (written3 !== false) bootstrap = void 0;
  } else if (ac) {
    const m = ac.text("authentication_mode");
    if (m && !(b.mode === "values" && ac.unknown("authentication_mode"))) {
      mode = m;
      explicit = true;
    } else if (m) {
      mode = void 0;
      explicit = ac.written("authentication_mode") !== false;
    }
    const bs = ac.bool("bootstrap_cluster_creator_admin_permissions");
    bootstrap = bs === "unknown" ? void 0 : bs ?? true;
  }
  const name = b.text("name");
  const ref = { resource: resourceId(r.module, r.local) };
  if (known(name) !== void 0) ref.name = known(name);
  const acPointer = ac && ac !== "unknown" ? ac.pointer : b.at("access_config");
  return {
    kind: "cluster",
    tool: "terraform",
    ref,
    name,
    account: accountOf(b),
    authenticationMode: mode,
    authenticationModeExplicit: explicit,
    bootstrapAdmin: bootstrap,
    origin: origin(b),
    fields: {
      name: { doc: b.doc, pointer: b.at("name") },
      authenticationMode: { doc: b.doc, pointer: ac && ac !== "unknown" ? ac.at("authentication_mode") : acPointer },
      bootstrapAdmin: { doc: b.doc, pointer: ac && ac !== "unknown" ? ac.at("bootstrap_cluster_creator_admin_permissions") : acPointer },
      accessConfig: { doc: b.doc, pointer: acPointer }
    }
  };
}
function accountOf(b) {
  const arn = b.mode === "values" ? parseArn(b.text("arn")) : void 0;
  if (arn && typeof arn.account === "string" && /^\d{12}$/.test(arn.account)) return arn.account;
  return { unknown: "provider account", means: "account" };
}
function accessEntry3(r) {
  const b = r.body;
  const principal = b.text("principal_arn") ?? unknownText(`${r.module ? r.module + "." : ""}${r.local}.principal_arn (not set)`);
  let username2 = b.text("user_name");
  let groups2 = b.list("kubernetes_groups");
  if (b.mode === "values") {
    if (b.written("kubernetes_groups") === false && b.unknown("kubernetes_groups")) groups2 = [];
    if (b.written("user_name") === false && b.unknown("user_name")) username2 = void 0;
    if (b.written("kubernetes_groups") !== true && groups2) groups2 = groups2.filter((g) => !known(g)?.startsWith("system:"));
    if (b.written("user_name") !== true && isGeneratedUsername(username2, principal)) username2 = void 0;
  }
  return {
    kind: "access-entry",
    tool: "terraform",
    cluster: clusterOf(r),
    principal,
    type: b.text("type"),
    username: username2,
    groups: groups2,
    policies: [],
    ...mayNotExist(b),
    origin: origin(b),
    fields: {
      cluster: { doc: b.doc, pointer: b.at("cluster_name") },
      principal: { doc: b.doc, pointer: b.at("principal_arn") },
      type: { doc: b.doc, pointer: b.at("type") },
      username: { doc: b.doc, pointer: b.at("user_name") },
      groups: { doc: b.doc, pointer: b.at("kubernetes_groups") }
    }
  };
}
var GENERATED_ROLE_USERNAME = /^arn:[^:]+:sts::\d{12}:assumed-role\/[^/]+\/\{\{SessionName\}\}$/;
function isGeneratedUsername(username2, principal) {
  const u = known(username2);
  if (u === void 0) return false;
  return u.startsWith("system:node:") || GENERATED_ROLE_USERNAME.test(u) || u === known(principal);
}
function mayNotExist(b) {
  if (b.mode !== "config") return {};
  if (b.written("for_each")) return { condition: "for_each" };
  return b.written("count") && known(b.text("count")) !== "1" ? { condition: "count" } : {};
}
function association(r) {
  const b = r.body;
  const scope = b.block("access_scope");
  const s = scope && scope !== "unknown" ? scope : void 0;
  const policy2 = {
    policyArn: b.text("policy_arn") ?? unknownText(`${r.local}.policy_arn (not set)`),
    scopeType: scope === "unknown" ? unknownText(`${r.local}.access_scope`) : s?.text("type"),
    namespaces: s ? s.list("namespaces") : scope === "unknown" ? void 0 : [],
    ...mayNotExist(b),
    origin: origin(b),
    fields: {
      policyArn: { doc: b.doc, pointer: b.at("policy_arn") },
      scope: { doc: b.doc, pointer: s ? s.pointer : b.at("access_scope") },
      scopeType: { doc: b.doc, pointer: s ? s.at("type") : b.at("access_scope") },
      namespaces: { doc: b.doc, pointer: s ? s.at("namespaces") : b.at("access_scope") }
    }
  };
  const principal = b.text("principal_arn") ?? unknownText(`${r.module}.${r.local}.principal_arn (not set)`);
  const entryRef = (key2) => {
    const ref = b.refs(key2).map(entryAttribute)[0];
    return ref?.attr === key2 ? resourceId(r.module, stripIndexIn(r, ref.address)) : void 0;
  };
  return { policy: policy2, module: r.module, cluster: clusterOf(r), principal, entry: entryRef("principal_arn"), clusterOfEntry: entryRef("cluster_name") };
}
function nodeRole2(r, key2, via) {
  const b = r.body;
  return {
    kind: "node-role",
    tool: "terraform",
    cluster: clusterOf(r),
    via,
    role: b.text(key2) ?? unknownText(`${r.local}.${key2} (not set)`),
    ...mayNotExist(b),
    origin: origin(b),
    fields: { role: { doc: b.doc, pointer: b.at(key2) }, cluster: { doc: b.doc, pointer: b.at("cluster_name") } }
  };
}

// src/extract/tf-values.ts
function templateText(t, scope) {
  if (t.directive) return unknownText("template directive");
  const parts = [];
  for (const p of t.pieces) {
    const add2 = p.kind === "lit" ? [p.text] : scope.resolve(p.expr).parts;
    for (const q of add2) {
      if (typeof q === "string" && typeof parts[parts.length - 1] === "string") parts[parts.length - 1] += q;
      else if (q !== "") parts.push(q);
    }
  }
  return { parts };
}
var ConfigAttrs = class _ConfigAttrs {
  constructor(doc, pointer, node, scope) {
    this.doc = doc;
    this.pointer = pointer;
    this.node = node;
    this.scope = scope;
  }
  doc;
  pointer;
  node;
  scope;
  mode = "config";
  at(key2) {
    return joinPointer(this.pointer, key2);
  }
  entry(key2) {
    return entry2(this.node, key2);
  }
  str(key2) {
    const v = get(this.node, key2);
    return v?.kind === "scalar" && typeof v.value === "string" ? v.value : void 0;
  }
  text(key2) {
    const v = get(this.node, key2);
    if (v?.kind !== "scalar" || v.value === null) return void 0;
    return typeof v.value === "string" ? templateText(parseTemplate(v.value), this.scope) : literal(String(v.value));
  }
  bool(key2) {
    const v = get(this.node, key2);
    if (v?.kind !== "scalar" || v.value === null) return void 0;
    if (typeof v.value === "boolean") return v.value;
    if (v.value === "true" || v.value === "false") return v.value === "true";
    return "unknown";
  }
  list(key2) {
    const v = get(this.node, key2);
    if (!v || v.kind === "scalar" && v.value === null) return [];
    if (v.kind !== "seq") return void 0;
    return v.items.map(
      (it) => it.kind === "scalar" && it.value !== null ? typeof it.value === "string" ? templateText(parseTemplate(it.value), this.scope) : literal(String(it.value)) : unknownText("list item")
    );
  }
  block(key2) {
    const v = get(this.node, key2);
    if (v?.kind === "map") return new _ConfigAttrs(this.doc, this.at(key2), v, this.scope);
    if (v?.kind === "seq") {
      const first = v.items[0];
      return first?.kind === "map" ? new _ConfigAttrs(this.doc, joinPointer(this.at(key2), 0), first, this.scope) : void 0;
    }
    if (v?.kind === "scalar" && typeof v.value === "string") return "unknown";
    if (get(this.node, "dynamic", key2)) return "unknown";
    return void 0;
  }
  unknown(key2) {
    const s = this.str(key2);
    return s !== void 0 && singleExpression(parseTemplate(s)) !== void 0;
  }
  written(key2) {
    return !!this.entry(key2) || !!get(this.node, "dynamic", key2);
  }
  resolve(expr) {
    return this.scope.resolve(expr);
  }
  refs(key2) {
    const s = this.str(key2);
    const e = s === void 0 ? void 0 : singleExpression(parseTemplate(s));
    return e ? [e] : [];
  }
};
var ValueAttrs = class _ValueAttrs {
  constructor(doc, pointer, node, what, mirror, config) {
    this.doc = doc;
    this.pointer = pointer;
    this.node = node;
    this.what = what;
    this.mirror = mirror;
    this.config = config;
  }
  doc;
  pointer;
  node;
  what;
  mirror;
  config;
  mode = "values";
  at(key2) {
    return joinPointer(this.pointer, key2);
  }
  entry(key2) {
    return entry2(this.node, key2);
  }
  unknown(key2) {
    return isTrue(get(this.mirror, key2));
  }
  text(key2) {
    const v = get(this.node, key2);
    if (v?.kind === "scalar" && v.value !== null) return literal(String(v.value));
    return this.unknown(key2) ? unknownText(`${this.what}.${key2}`) : void 0;
  }
  bool(key2) {
    const v = get(this.node, key2);
    if (v?.kind === "scalar" && typeof v.value === "boolean") return v.value;
    return this.unknown(key2) ? "unknown" : void 0;
  }
  list(key2) {
    if (this.unknown(key2)) return void 0;
    const v = get(this.node, key2);
    if (v?.kind !== "seq") return [];
    const mirror = get(this.mirror, key2);
    return v.items.map(
      (it, i) => it.kind === "scalar" && it.value !== null ? literal(String(it.value)) : unknownText(isTrue(get(mirror, i)) ? `${this.what}.${key2}[${i}]` : "list item")
    );
  }
  block(key2) {
    if (this.unknown(key2)) return "unknown";
    const v = get(this.node, key2);
    const sub = (node, pointer, ...path) => new _ValueAttrs(this.doc, pointer, node, `${this.what}.${key2}`, get(this.mirror, key2, ...path), get(this.config, key2, ...path));
    if (v?.kind === "map") return sub(v, this.at(key2));
    if (v?.kind === "seq" && v.items[0]?.kind === "map") return sub(v.items[0], joinPointer(this.at(key2), 0), 0);
    if (v?.kind === "seq" && isTrue(get(this.mirror, key2, 0))) return "unknown";
    return void 0;
  }
  written(key2) {
    return this.config ? !!entry2(this.config, key2) : void 0;
  }
  refs(key2) {
    const refs = get(this.config, key2, "references");
    return refs?.kind === "seq" ? refs.items.flatMap((r) => r.kind === "scalar" && typeof r.value === "string" ? [r.value] : []) : [];
  }
};
function isTrue(n) {
  return n?.kind === "scalar" && n.value === true;
}

// src/extract/tf-provider.ts
var NAME2 = "[A-Za-z_][A-Za-z0-9_-]*";
var INDEX2 = "(?:\\[[^\\]]*\\])?";
var CLUSTER = new RegExp(`^(aws_eks_cluster\\.${NAME2}${INDEX2})\\.(endpoint|name|id)$`);
var DATA = new RegExp(`^data\\.aws_eks_cluster\\.(${NAME2})\\.endpoint$`);
var MODULE_OUTPUT = new RegExp(`^module\\.(${NAME2})\\.(${NAME2})$`);
var providerKey = (p) => p ? singleExpression(parseTemplate(p)) ?? p : "kubernetes";
function configProviders(root, module) {
  const found = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const block of objects(get(root, "provider")).flatMap((p) => objects(get(p, "kubernetes")))) {
    const alias = str(get(block, "alias"));
    const key2 = alias ? `kubernetes.${alias}` : "kubernetes";
    found.set(key2, seen.has(key2) ? void 0 : configHost(root, module, str(get(block, "host"))));
    seen.add(key2);
  }
  return (provider) => found.get(providerKey(provider));
}
function configHost(root, module, host) {
  const expr = host === void 0 ? void 0 : singleExpression(parseTemplate(host));
  if (!expr) return void 0;
  const via = `its kubernetes provider (host = ${expr})`;
  const direct = CLUSTER.exec(expr);
  if (direct?.[2] === "endpoint") return { resource: resourceId(module, direct[1].replace(/\[[^\]]*\]$/, "")), via };
  const data = DATA.exec(expr);
  const source = data ? objects(get(root, "data")).map((d) => objects(get(d, "aws_eks_cluster", data[1]))[0]).find(Boolean) : void 0;
  const name = str(get(source, "name"));
  if (name === void 0) return void 0;
  const t = parseTemplate(name);
  const ref = singleExpression(t);
  if (ref === void 0) {
    const literal2 = t.pieces.every((p) => p.kind === "lit") ? t.pieces.map((p) => p.kind === "lit" ? p.text : "").join("") : void 0;
    return literal2 ? { name: literal2, via } : void 0;
  }
  const named = CLUSTER.exec(ref);
  return named && named[2] !== "endpoint" ? { resource: resourceId(module, named[1].replace(/\[[^\]]*\]$/, "")), via } : void 0;
}
function planProviders(root) {
  const config = get(root, "configuration");
  const rootModule2 = get(config, "root_module");
  return (type, name) => {
    const res = items(get(rootModule2, "resources")).find((r) => str(get(r, "address")) === `${type}.${name}`);
    const key2 = str(get(res, "provider_config_key"));
    const pc = key2 === void 0 ? void 0 : get(config, "provider_config", key2);
    if (str(get(pc, "name")) !== "kubernetes" || get(pc, "module_address")) return void 0;
    const target = soleReference(get(pc, "expressions", "host"));
    const ref = target ? planTarget(rootModule2, target, "endpoint") : void 0;
    return ref && { ...ref, via: `its kubernetes provider (host = ${target})` };
  };
}
function planTarget(rootModule2, expr, attr) {
  const direct = CLUSTER.exec(expr);
  if (direct) return attr === "endpoint" === (direct[2] === "endpoint") ? { resource: resourceId("", direct[1]) } : void 0;
  const out = MODULE_OUTPUT.exec(expr);
  if (out) {
    const call = get(rootModule2, "module_calls", out[1]);
    if (!call || get(call, "count_expression") || get(call, "for_each_expression")) return void 0;
    const inner = soleReference(get(call, "module", "outputs", out[2], "expression"));
    const m = inner ? CLUSTER.exec(inner) : void 0;
    return m && attr === "endpoint" === (m[2] === "endpoint") ? { resource: resourceId(`module.${out[1]}`, m[1]) } : void 0;
  }
  const data = attr === "endpoint" ? DATA.exec(expr) : void 0;
  if (!data) return void 0;
  const source = items(get(rootModule2, "resources")).find((r) => str(get(r, "address")) === `data.aws_eks_cluster.${data[1]}`);
  const name = get(source, "expressions", "name");
  const constant = str(get(name, "constant_value"));
  if (constant) return { name: constant };
  const ref = soleReference(name);
  return ref ? planTarget(rootModule2, ref, "name") : void 0;
}
function soleReference(expr) {
  const refs = items(get(expr, "references")).map(str);
  const first = refs[0];
  if (!first || refs.some((r) => r === void 0 || !(r === first || first.startsWith(r + ".") || first.startsWith(r + "[")))) return void 0;
  return first;
}
function objects(node) {
  if (node?.kind === "map") return [node];
  return node?.kind === "seq" ? node.items.filter((n) => n.kind === "map") : [];
}

// src/extract/tf-module-version.ts
var REGISTRY = /^(?:(?:registry\.terraform\.io|registry\.opentofu\.org)\/)?terraform-aws-modules\/eks\/aws(?:\/\/modules\/([a-z0-9-]+))?$/i;
var GIT = /^(?:git::)?(?:https:\/\/|ssh:\/\/git@|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-eks(?:\.git)?(?:\/\/modules\/([a-z0-9-]+))?(?:\?(.*))?$/i;
function moduleVersion(source, version) {
  if (!source) return void 0;
  const reg = REGISTRY.exec(source.trim());
  if (reg) return facts(reg[1], version === void 0 ? void 0 : bounds(version));
  const git2 = GIT.exec(source.trim());
  if (!git2) return void 0;
  const ref = new URLSearchParams(git2[2] ?? "").get("ref") ?? void 0;
  const tag = ref && /^v?\d+(\.\d+){0,2}$/.test(ref) ? bounds(ref.replace(/^v/, "")) : void 0;
  return facts(git2[1], tag);
}
function facts(submodule, b) {
  return {
    ...submodule ? { submodule: submodule.toLowerCase() } : {},
    atLeast: (major) => !!b?.lo && cmp(b.lo, [major, 0, 0]) >= 0,
    below: (major) => !!b?.hi && (cmp(b.hi.v, [major, 0, 0]) < 0 || cmp(b.hi.v, [major, 0, 0]) === 0 && !b.hi.inclusive)
  };
}
var PART = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?\s*$/;
function bounds(constraint) {
  const out = {};
  const lower = (v) => {
    if (!out.lo || cmp(v, out.lo) > 0) out.lo = v;
  };
  const upper = (v, inclusive) => {
    if (!out.hi || cmp(v, out.hi.v) < 0 || cmp(v, out.hi.v) === 0 && !inclusive) out.hi = { v, inclusive };
  };
  const parts = constraint.split(",");
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) return void 0;
    const segs = m[2].split(".").map(Number);
    const v = [segs[0], segs[1] ?? 0, segs[2] ?? 0];
    switch (m[1] ?? "=") {
      case "=":
        lower(v);
        upper(v, true);
        break;
      // `> v` is a weaker bound than the truth, which is all `atLeast` needs.
      case ">=":
      case ">":
        lower(v);
        break;
      case "<":
        upper(v, false);
        break;
      case "<=":
        upper(v, true);
        break;
      case "~>":
        lower(v);
        if (segs.length === 2) upper([segs[0] + 1, 0, 0], false);
        else if (segs.length === 3) upper([segs[0], segs[1] + 1, 0], false);
        break;
      default:
        break;
    }
  }
  return out;
}
function cmp(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

// src/extract/tf-module.ts
var NO_POLICIES = /* @__PURE__ */ new Set(["EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX", "HYBRID_LINUX"]);
var SECTION_INPUTS = [["mapRoles", "aws_auth_roles"], ["mapUsers", "aws_auth_users"], ["mapAccounts", "aws_auth_accounts"]];
var NODE_INPUTS = ["eks_managed_node_groups", "self_managed_node_groups", "fargate_profiles"];
var V20_INPUTS = ["authentication_mode", "access_entries", "enable_cluster_creator_admin_permissions"];
function extractModules(doc, model, scope) {
  for (const [calls, pointer] of objects2(get(doc.root, "module"), "/module")) {
    for (const e of calls.kind === "map" ? calls.entries : []) {
      if (e.key === "//" || e.value.kind !== "map") continue;
      const at3 = joinPointer(pointer, e.key);
      const version = moduleVersion(str(get(e.value, "source")), str(get(e.value, "version")));
      if (!version) continue;
      const body = new ConfigAttrs(doc, at3, e.value, scope);
      const exists = existence(body);
      if (exists === false) continue;
      const call = { name: e.key, body, version, ...conditionOf(body, exists) };
      if (version.submodule === "aws-auth") awsAuth(call, model, void 0, false);
      else rootModule(call, model);
    }
  }
}
function objects2(node, pointer) {
  if (node?.kind === "map") return [[node, pointer]];
  if (node?.kind === "seq") return node.items.flatMap((it, i) => it.kind === "map" ? [[it, joinPointer(pointer, i)]] : []);
  return [];
}
function existence(b) {
  const count = known(b.text("count"));
  if (count === "0") return false;
  const create = b.bool("create");
  if (create === false) return false;
  return create === "unknown" ? "unknown" : true;
}
function conditionOf(b, exists) {
  if (b.written("for_each")) return { condition: "for_each" };
  if (b.written("count") && known(b.text("count")) !== "1") return { condition: "count" };
  return exists === "unknown" ? { condition: "create" } : {};
}
function rootModule(call, model) {
  const { body: b, version: v } = call;
  const doc = b.doc;
  const origin2 = { doc, pointer: b.pointer };
  const v20Inputs = V20_INPUTS.some((k) => b.written(k));
  const nameKey = v.atLeast(21) ? "name" : b.written("cluster_name") ? "cluster_name" : "name";
  const name = b.text(nameKey);
  const ref = { resource: resourceId(b.scope.module, `module.${call.name}`) };
  if (known(name) !== void 0) ref.name = known(name);
  const modeWritten = b.written("authentication_mode");
  const mode = modeWritten ? b.text("authentication_mode") : v.atLeast(20) ? literal("API_AND_CONFIG_MAP") : v.below(20) ? literal("CONFIG_MAP") : void 0;
  const bootstrap = v.atLeast(20) || v20Inputs ? false : v.below(20) ? true : void 0;
  const creator = b.bool("enable_cluster_creator_admin_permissions");
  const cluster2 = {
    kind: "cluster",
    tool: "terraform-module",
    ref,
    name,
    account: { unknown: "provider account", means: "account" },
    authenticationMode: mode,
    authenticationModeExplicit: modeWritten,
    bootstrapAdmin: bootstrap,
    ...call.condition ? { condition: call.condition } : {},
    origin: origin2,
    fields: {
      name: { doc, pointer: b.at(nameKey) },
      authenticationMode: modeWritten ? { doc, pointer: b.at("authentication_mode") } : origin2,
      // Not an input: a written CONFIG_MAP is what makes the hard-coded false fail, else the creator-admin input stands in.
      bootstrapAdmin: modeWritten && known(mode) === "CONFIG_MAP" ? { doc, pointer: b.at("authentication_mode") } : b.written("enable_cluster_creator_admin_permissions") ? { doc, pointer: b.at("enable_cluster_creator_admin_permissions") } : origin2,
      accessConfig: origin2
    }
  };
  model.clusters.push(cluster2);
  if (!v.below(20)) accessEntries(call, ref, model);
  if (creator === true || creator === "unknown") model.accessEntries.push(creatorEntry(call, creator === true ? ref : {}, creator === "unknown"));
  if (!v.atLeast(20) && !v20Inputs) {
    const manage = b.bool("manage_aws_auth_configmap");
    const create = b.bool("create_aws_auth_configmap");
    if (manage === true || create === true) awsAuth(call, model, ref, true);
    else if (manage === "unknown" || create === "unknown") awsAuth({ ...call, condition: call.condition ?? "manage_aws_auth_configmap" }, model, ref, true);
  }
}
function accessEntries(call, ref, model) {
  const b = call.body;
  const node = get(b.node, "access_entries");
  if (!node || node.kind === "scalar" && node.value === null) return;
  if (node.kind !== "map") {
    model.accessEntries.push(placeholder(call, b.at("access_entries"), `module.${call.name}.access_entries`));
    return;
  }
  for (const e of node.entries) {
    if (e.key === "//") continue;
    const at3 = b.at("access_entries") + joinPointer("", e.key);
    if (e.value.kind !== "map") model.accessEntries.push(placeholder(call, at3, `module.${call.name}.access_entries["${e.key}"]`));
    else model.accessEntries.push(accessEntry4(call, ref, e.key, new ConfigAttrs(b.doc, at3, e.value, b.scope)));
  }
}
function accessEntry4(call, ref, key2, b) {
  const what = `module.${call.name}.access_entries["${key2}"]`;
  const type = b.text("type");
  const policies2 = [];
  let incomplete = false;
  const typeName = known(type);
  if (typeName === void 0 || !NO_POLICIES.has(typeName)) {
    const assoc = get(b.node, "policy_associations");
    if (assoc?.kind === "map") {
      for (const p of assoc.entries) {
        if (p.key === "//") continue;
        if (p.value.kind !== "map") incomplete = true;
        else policies2.push(policy(new ConfigAttrs(b.doc, b.at("policy_associations") + joinPointer("", p.key), p.value, b.scope), `${what}.policy_associations["${p.key}"]`, type ? typeName === void 0 : false, call.condition));
      }
    } else if (assoc && !(assoc.kind === "scalar" && assoc.value === null)) incomplete = true;
  }
  return {
    kind: "access-entry",
    tool: "terraform",
    cluster: ref,
    principal: b.text("principal_arn") ?? unknownText(`${what}.principal_arn (not set)`),
    type,
    username: b.text("user_name"),
    groups: b.list("kubernetes_groups"),
    policies: policies2,
    ...incomplete ? { policiesIncomplete: true } : {},
    ...call.condition ? { condition: call.condition } : {},
    origin: { doc: b.doc, pointer: b.pointer },
    fields: {
      principal: { doc: b.doc, pointer: b.at("principal_arn") },
      type: { doc: b.doc, pointer: b.at("type") },
      username: { doc: b.doc, pointer: b.at("user_name") },
      groups: { doc: b.doc, pointer: b.at("kubernetes_groups") }
    }
  };
}
function policy(p, what, typeUnknown, condition) {
  const scope = p.block("access_scope");
  const s = scope && scope !== "unknown" ? scope : void 0;
  const cond = condition ?? (typeUnknown ? "type" : void 0);
  return {
    policyArn: p.text("policy_arn") ?? unknownText(`${what}.policy_arn (not set)`),
    scopeType: scope === "unknown" ? unknownText(`${what}.access_scope`) : s?.text("type"),
    namespaces: s ? s.list("namespaces") : scope === "unknown" ? void 0 : [],
    ...cond ? { condition: cond } : {},
    origin: { doc: p.doc, pointer: p.pointer },
    fields: {
      policyArn: { doc: p.doc, pointer: p.at("policy_arn") },
      scope: { doc: p.doc, pointer: s ? s.pointer : p.at("access_scope") },
      scopeType: { doc: p.doc, pointer: s ? s.at("type") : p.at("access_scope") },
      namespaces: { doc: p.doc, pointer: s ? s.at("namespaces") : p.at("access_scope") }
    }
  };
}
function placeholder(call, pointer, what) {
  const doc = call.body.doc;
  return {
    kind: "access-entry",
    tool: "terraform",
    cluster: {},
    principal: unknownText(what),
    type: unknownText(`${what}.type`),
    groups: void 0,
    policies: [],
    policiesIncomplete: true,
    condition: call.condition ?? "access_entries",
    origin: { doc, pointer },
    fields: {}
  };
}
function creatorEntry(call, ref, conditional) {
  const doc = call.body.doc;
  const at3 = { doc, pointer: call.body.at("enable_cluster_creator_admin_permissions") };
  const condition = call.condition ?? (conditional ? "enable_cluster_creator_admin_permissions" : void 0);
  return {
    kind: "access-entry",
    tool: "terraform",
    cluster: ref,
    principal: unknownText("data.aws_iam_session_context.current.issuer_arn"),
    type: literal("STANDARD"),
    groups: [],
    policies: [{
      policyArn: { parts: ["arn:", { unknown: "partition", means: "partition" }, ":eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"] },
      scopeType: literal("cluster"),
      namespaces: [],
      origin: at3,
      fields: {}
    }],
    ...condition ? { condition } : {},
    origin: at3,
    fields: { principal: at3 }
  };
}
function awsAuth(call, model, cluster2, v19) {
  const b = call.body;
  if (!v19) {
    const manage = b.bool("manage_aws_auth_configmap");
    const create = b.bool("create_aws_auth_configmap");
    if (manage === false && create !== true && create !== "unknown") return;
    if ((manage === "unknown" || manage === false) && create !== true) call = { ...call, condition: call.condition ?? "manage_aws_auth_configmap" };
  }
  const doc = b.doc;
  const origin2 = { doc, pointer: b.pointer };
  const document = {
    kind: "aws-auth",
    tool: "terraform",
    sections: [],
    namespace: literal("kube-system"),
    namespaceDefaulted: false,
    name: literal("aws-auth"),
    ...cluster2 ? { cluster: cluster2 } : {},
    ...call.condition ? { condition: call.condition } : {},
    origin: origin2,
    fields: { name: origin2, namespace: origin2, data: origin2 },
    dataKeys: SECTION_INPUTS.map(([key2, input2]) => ({ key: key2, origin: b.written(input2) ? { doc, pointer: b.at(input2) } : origin2 }))
  };
  model.awsAuth.push(document);
  const nodeRows = v19 && NODE_INPUTS.some((k) => nonEmpty(get(b.node, k)));
  for (const [name, input2] of SECTION_INPUTS) {
    const node = get(b.node, input2);
    const section = { name, origin: node ? { doc, pointer: b.at(input2) } : origin2, exact: true, unknown: name === "mapRoles" && nodeRows };
    document.sections.push(section);
    if (!node || node.kind === "scalar" && node.value === null) continue;
    if (node.kind !== "seq") {
      section.unknown = true;
      continue;
    }
    node.items.forEach((item, index) => {
      const pointer = joinPointer(b.at(input2), index);
      if (item.kind === "scalar" && typeof item.value === "string" && name !== "mapAccounts" && isExpression(item.value)) {
        section.unknown = true;
        return;
      }
      model.identityMappings.push(name === "mapAccounts" ? account3(document, b, pointer, item, index) : row(document, name, b, pointer, item, index));
    });
  }
}
function nonEmpty(n) {
  if (!n) return false;
  if (n.kind === "map") return n.entries.some((e) => e.key !== "//");
  if (n.kind === "seq") return n.items.length > 0;
  return n.value !== null;
}
function isExpression(s) {
  const t = parseTemplate(s);
  return t.directive || singleExpression(t) !== void 0;
}
function valueInfo2(n) {
  const type = typeOf(n);
  return n.kind === "scalar" && (type === "number" || type === "boolean") ? { type, raw: String(n.value) } : { type };
}
function textOf(n, b) {
  if (n.kind !== "scalar" || typeof n.value !== "string") return void 0;
  return templateText(parseTemplate(n.value), b.scope);
}
function key(b, pointer, e) {
  const text3 = textOf(e.value, b);
  return { key: e.key, ...valueInfo2(e.value), ...text3 ? { text: text3 } : {}, origin: { doc: b.doc, pointer: joinPointer(pointer, e.key) } };
}
function row(document, section, b, pointer, item, index) {
  const m = { kind: "identity-mapping", document, section, index, groups: [], keys: [], origin: { doc: b.doc, pointer }, fields: {} };
  if (item.kind !== "map") {
    const text3 = textOf(item, b);
    m.item = { ...valueInfo2(item), ...text3 ? { text: text3 } : {} };
    return m;
  }
  const arnKey = section === "mapUsers" ? "userarn" : "rolearn";
  for (const e of item.entries) {
    const k = key(b, pointer, e);
    m.keys.push(k);
    const lower = e.key.toLowerCase().replace(/\u017f/g, "s");
    if (lower === arnKey) [m.arn, m.fields.arn] = [k.text, k.origin];
    else if (lower === "username") [m.username, m.fields.username] = [k.text, k.origin];
    else if (lower === "groups") {
      m.fields.groups = k.origin;
      const v = e.value;
      m.groups = v.kind === "seq" ? v.items.map((g) => textOf(g, b)) : [];
      m.groupValues = v.kind === "seq" ? v.items.map(valueInfo2) : void 0;
      if (k.text && known(k.text) === void 0) m.groups = [k.text];
    } else if (section === "mapRoles" && lower === "sso") {
      m.fields.sso = k.origin;
      if (e.value.kind === "map") m.sso = sso(b, k.origin.pointer, e.value.entries);
    }
  }
  return m;
}
function sso(b, pointer, entries) {
  const out = { keys: [] };
  for (const e of entries) {
    const k = key(b, pointer, e);
    out.keys.push(k);
    const lower = e.key.toLowerCase();
    if (lower === "permissionsetname") out.permissionSetName = k;
    else if (lower === "accountid") out.accountID = k;
    else if (lower === "partition") out.partition = k;
  }
  return out;
}
function account3(document, b, pointer, item, index) {
  const raw = item.kind === "scalar" && item.value !== null ? String(item.value) : void 0;
  const text3 = item.kind === "scalar" && typeof item.value === "string" ? textOf(item, b) : raw === void 0 ? void 0 : literal(raw);
  return {
    kind: "identity-mapping",
    document,
    section: "mapAccounts",
    index,
    arn: text3,
    groups: [],
    keys: [{ key: "", ...valueInfo2(item) }],
    origin: { doc: b.doc, pointer },
    fields: { arn: { doc: b.doc, pointer } }
  };
}

// src/extract/tf-config.ts
var moduleOf = (doc) => `dir:${dirname4(doc.file.path)}`;
function extractConfig(doc, model) {
  const blocks = resourceBlocks(doc.root);
  const roles = /* @__PURE__ */ new Map();
  for (const b of blocks) if (b.type === "aws_iam_role") roles.set(b.name, roleDecl(b.node));
  const module = moduleOf(doc);
  const scope = { module, resolve: (expr) => resolveExpr(expr, roles) };
  const builder = new TfBuilder(model);
  const providers = configProviders(doc.root, module);
  for (const b of blocks) {
    const count = get(b.node, "count");
    if (count?.kind === "scalar" && (count.value === 0 || count.value === "0")) continue;
    const kubernetesCluster = b.type.startsWith("kubernetes_") ? providers(str(get(b.node, "provider"))) : void 0;
    builder.add({ type: b.type, local: `${b.type}.${b.name}`, module, body: new ConfigAttrs(doc, b.pointer, b.node, scope), ...kubernetesCluster ? { kubernetesCluster } : {} });
  }
  builder.finish();
  extractModules(doc, model, scope);
}
function resourceBlocks(root) {
  const out = [];
  for (const [types, tp] of objects3(get(root, "resource"), "/resource")) {
    for (const te of types.kind === "map" ? types.entries : []) {
      if (te.key === "//") continue;
      for (const [names, np] of objects3(te.value, joinPointer(tp, te.key))) {
        for (const ne of names.kind === "map" ? names.entries : []) {
          if (ne.key === "//") continue;
          const [body] = objects3(ne.value, joinPointer(np, ne.key));
          if (body) out.push({ type: te.key, name: ne.key, node: body[0], pointer: body[1] });
        }
      }
    }
  }
  return out;
}
function objects3(node, pointer) {
  if (node?.kind === "map") return [[node, pointer]];
  if (node?.kind === "seq") return node.items.flatMap((it, i) => it.kind === "map" ? [[it, joinPointer(pointer, i)]] : []);
  return [];
}
function roleDecl(node) {
  const literalOf = (key2) => {
    const v = get(node, key2);
    if (v?.kind !== "scalar" || typeof v.value !== "string") return void 0;
    const t = parseTemplate(v.value);
    return hasInterpolation(t) ? void 0 : t.pieces.map((p) => p.kind === "lit" ? p.text : "").join("");
  };
  const path = get(node, "path");
  return { name: literalOf("name"), path: path ? literalOf("path") ?? null : void 0 };
}

// src/extract/tf-state.ts
function extractState(doc, model) {
  const builder = new TfBuilder(model);
  const root = doc.root;
  if (get(root, "values")) readStateValues(doc, get(root, "values"), "/values", builder);
  else readRawState(doc, builder);
  builder.finish();
}
function readStateValues(doc, values, pointer, builder) {
  const visit2 = (mod, at3, depth) => {
    if (!mod || depth > 64) return;
    const module = str(get(mod, "address")) ?? "";
    items(get(mod, "resources")).forEach((r, i) => {
      const type = str(get(r, "type"));
      const address = str(get(r, "address"));
      const mode = str(get(r, "mode"));
      const v = get(r, "values");
      if (!type || !address || !isModelled(type) || v?.kind !== "map" || mode !== void 0 && mode !== "managed") return;
      const local = module && address.startsWith(module + ".") ? address.slice(module.length + 1) : address;
      builder.add({ type, local, module, body: new ValueAttrs(doc, joinPointer(at3, "resources", i, "values"), v, address) });
    });
    items(get(mod, "child_modules")).forEach((c, i) => visit2(c, joinPointer(at3, "child_modules", i), depth + 1));
  };
  visit2(get(values, "root_module"), joinPointer(pointer, "root_module"), 0);
}
function readRawState(doc, builder) {
  items(get(doc.root, "resources")).forEach((r, i) => {
    const type = str(get(r, "type"));
    const name = str(get(r, "name"));
    if (!type || !name || !isModelled(type) || (str(get(r, "mode")) ?? "managed") !== "managed") return;
    const module = str(get(r, "module")) ?? "";
    items(get(r, "instances")).forEach((inst, j) => {
      const attrs = get(inst, "attributes");
      if (attrs?.kind !== "map" || get(inst, "deposed")) return;
      const local = `${type}.${name}${indexKey(get(inst, "index_key"))}`;
      const address = module ? `${module}.${local}` : local;
      builder.add({ type, local, module, body: new ValueAttrs(doc, joinPointer("", "resources", i, "instances", j, "attributes"), attrs, address) });
    });
  });
}
function indexKey(k) {
  if (k?.kind !== "scalar" || k.value === null) return "";
  return typeof k.value === "number" ? `[${k.value}]` : `[${JSON.stringify(String(k.value))}]`;
}

// src/extract/tf-plan.ts
function extractPlan(doc, out) {
  const root = doc.root;
  const before = new TfBuilder(out.before ??= emptyModel());
  const after = new TfBuilder(out.after);
  const changes = get(root, "resource_changes");
  if (changes?.kind !== "seq") {
    readStateValues(doc, get(root, "prior_state", "values"), "/prior_state/values", before);
    readStateValues(doc, get(root, "planned_values"), "/planned_values", after);
  } else {
    const config = new PlanConfig(get(root, "configuration", "root_module"));
    const providers = planProviders(root);
    changes.items.forEach((rc, i) => {
      const type = str(get(rc, "type"));
      const address = str(get(rc, "address"));
      const mode = str(get(rc, "mode"));
      if (!type || !address || !isModelled(type) || mode !== void 0 && mode !== "managed") return;
      const module = str(get(rc, "module_address")) ?? moduleOf2(address);
      const local = module && address.startsWith(module + ".") ? address.slice(module.length + 1) : address;
      const change = get(rc, "change");
      const at3 = joinPointer("", "resource_changes", i, "change");
      const kubernetesCluster = !module && type.startsWith("kubernetes_") ? providers(type, str(get(rc, "name")) ?? "") : void 0;
      const k = kubernetesCluster ? { kubernetesCluster } : {};
      const b = get(change, "before");
      if (b?.kind === "map") before.add({ type, local, module, ...k, body: new ValueAttrs(doc, joinPointer(at3, "before"), b, address) });
      const a = get(change, "after");
      if (a?.kind === "map") {
        const expressions = config.expressions(module, type, str(get(rc, "name")) ?? "");
        after.add({ type, local, module, ...k, body: new ValueAttrs(doc, joinPointer(at3, "after"), a, address, get(change, "after_unknown"), expressions) });
      } else if (b?.kind === "map" && isForget(get(change, "actions"))) {
        after.add({ type, local, module, ...k, body: new ValueAttrs(doc, joinPointer(at3, "before"), b, address) });
      }
    });
  }
  before.finish();
  after.finish();
}
function moduleOf2(address) {
  let end = 0;
  let i = 0;
  while (address.startsWith("module.", i)) {
    i += "module.".length;
    while (i < address.length && address[i] !== "." && address[i] !== "[") i++;
    if (address[i] === "[") i = indexEnd(address, i);
    end = i;
    if (address[i] !== ".") break;
    i++;
  }
  return address.slice(0, end);
}
function indexEnd(s, open) {
  let quoted = false;
  for (let i = open + 1; i < s.length; i++) {
    if (quoted && s[i] === "\\") i++;
    else if (s[i] === '"') quoted = !quoted;
    else if (!quoted && s[i] === "]") return i + 1;
  }
  return s.length;
}
function moduleNames(module) {
  const names = [];
  let i = 0;
  while (module.startsWith("module.", i)) {
    i += "module.".length;
    const start = i;
    while (i < module.length && module[i] !== "." && module[i] !== "[") i++;
    names.push(module.slice(start, i));
    if (module[i] === "[") i = indexEnd(module, i);
    i++;
  }
  return names;
}
function isForget(actions) {
  const list = items(actions).map(str);
  return list.length === 1 && list[0] === "forget";
}
var PlanConfig = class {
  constructor(root) {
    this.root = root;
  }
  root;
  modules = /* @__PURE__ */ new Map();
  expressions(module, type, name) {
    const names = moduleNames(module);
    const key2 = names.join(".");
    let byAddress = this.modules.get(key2);
    if (!byAddress) {
      byAddress = /* @__PURE__ */ new Map();
      let mod = this.root;
      for (const call of names) mod = get(mod, "module_calls", call, "module");
      for (const r of items(get(mod, "resources"))) {
        if ((str(get(r, "mode")) ?? "managed") !== "managed") continue;
        byAddress.set(`${str(get(r, "type"))}.${str(get(r, "name"))}`, get(r, "expressions") ?? { kind: "map", entries: [], start: r.start, end: r.start });
      }
      this.modules.set(key2, byAddress);
    }
    return byAddress.get(`${type}.${name}`);
  }
};

// src/extract/terraform.ts
var CONFIG_KEYS = /* @__PURE__ */ new Set(["//", "resource", "data", "module", "provider", "terraform", "variable", "locals", "output", "moved", "import", "removed", "check", "ephemeral"]);
var BODY_KEYS = ["resource", "data", "module"];
function terraformShape(root) {
  if (!isMap2(root)) return void 0;
  if (str(get(root, "kind")) && str(get(root, "apiVersion")) || get(root, "AWSTemplateFormatVersion") || get(root, "Resources")) return void 0;
  const has = (k) => get(root, k) !== void 0;
  if (get(root, "resource_changes")?.kind === "seq" || has("format_version") && isMap2(get(root, "planned_values"))) return "plan";
  if (has("format_version") && isMap2(get(root, "values"))) return "state";
  if (typeof scalar(get(root, "version")) === "number" && get(root, "resources")?.kind === "seq" && (has("lineage") || has("serial") || has("terraform_version"))) return "state";
  const keys = root.entries.map((e) => e.key);
  if (keys.length > 0 && keys.every((k) => CONFIG_KEYS.has(k)) && BODY_KEYS.some((k) => {
    const v = get(root, k);
    return v?.kind === "map" || v?.kind === "seq";
  })) return "config";
  return void 0;
}
function isTerraformJson(root) {
  return terraformShape(root) !== void 0;
}
function extractTerraform(doc, out) {
  switch (terraformShape(doc.root)) {
    case "config":
      extractConfig(doc, out.after);
      break;
    case "plan":
      extractPlan(doc, out);
      break;
    case "state":
      extractState(doc, out.after);
      break;
  }
}
function scalar(n) {
  return n?.kind === "scalar" ? n.value : void 0;
}

// src/extract/index.ts
function extractFile(file) {
  try {
    return parseAndExtract(file);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const out = { after: emptyModel() };
    const doc = new SourceDoc(file, void 0);
    fail(out.after, doc, { message: "nested too deeply to read", offset: 0, end: 0 });
    return out;
  }
}
function parseAndExtract(file) {
  file.docs.length = 0;
  const out = { after: emptyModel() };
  if (file.syntax === "json") {
    const { root, errors } = parseJson(file.text);
    const doc = new SourceDoc(file, root);
    file.docs.push(doc);
    if (errors.length > 0) fail(out.after, doc, errors[0]);
    else extractDoc(doc, out);
    return out;
  }
  const parsed = parseYaml(file.text);
  let failed = false;
  parsed.forEach((p, index) => {
    const doc = new SourceDoc(file, p.root, "", index);
    file.docs.push(doc);
    if (p.errors.length > 0) {
      if (!failed) fail(out.after, doc, p.errors[0]);
      failed = true;
    } else extractDoc(doc, out);
  });
  return out;
}
function extractDoc(doc, out) {
  const root = doc.root;
  if (isCloudFormation(root)) extractCloudFormation(doc, out.after);
  else if (isTerraformJson(root)) extractTerraform(doc, out);
  else if (isEksctlConfig(root)) extractEksctl(doc, out.after);
  else if (isKubernetesManifest(root)) extractAwsAuth(doc, out.after);
}
function fail(model, doc, e) {
  model.parseFailures.push({
    kind: "parse-failure",
    message: `${doc.file.syntax === "json" ? "JSON" : "YAML"} syntax error: ${e.message}`,
    origin: { doc, pointer: "", offsets: [e.offset, Math.max(e.end, e.offset)] },
    fields: {}
  });
}

// src/read.ts
import { closeSync as closeSync2, openSync as openSync2, readFileSync as readFileSync3, readSync } from "node:fs";
function readSource(path) {
  let bytes;
  try {
    bytes = readBytes(path);
  } catch (error) {
    return { error };
  }
  if (!utf16Of(bytes) && !mayHoldEksAccess(bytes.toString("latin1"))) return { skipped: true };
  return judged(decodeBytes(bytes));
}
function judged(text3) {
  return isBinary(text3) || !mayHoldEksAccess(text3) || isTemplate(text3) ? { skipped: true } : { text: text3 };
}
var chunk = Buffer.allocUnsafe(64 * 1024);
function readBytes(path) {
  const fd = openSync2(path, "r");
  try {
    const n = readSync(fd, chunk, 0, chunk.length, 0);
    return n < chunk.length ? chunk.subarray(0, n) : readFileSync3(fd);
  } finally {
    closeSync2(fd);
  }
}
function readWhole(path) {
  try {
    return decodeBytes(readFileSync3(path));
  } catch {
    return void 0;
  }
}
function utf16Of(b) {
  if (b.length >= 2 && b[0] === 255 && b[1] === 254) return "utf-16le";
  if (b.length >= 2 && b[0] === 254 && b[1] === 255) return "utf-16be";
  return void 0;
}
function decodeBytes(bytes) {
  return new TextDecoder(utf16Of(bytes) ?? "utf-8", { fatal: false }).decode(bytes);
}

// src/base.ts
function beforeFromBase(base, input2) {
  const model = emptyModel();
  const files = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const realCwd = realOr(input2.cwd);
  const toRepo = (abs) => toPosix(relative3(base.root, join3(realCwd, relative3(input2.cwd, abs))));
  const wanted = [];
  const seen = /* @__PURE__ */ new Set();
  for (const abs of input2.files) {
    const path = toRepo(abs);
    seen.add(path);
    const id = base.blobs.get(path);
    const ex = input2.extracted.get(abs);
    if (!id || ex?.before || ex?.after.parseFailures.length || input2.extracted.has(abs) && !ex) continue;
    if (!base.changed.has(path)) {
      if (ex) mergeModels(model, ex.after);
    } else wanted.push({ rel: toPosix(relative3(input2.cwd, abs)) || abs, id });
  }
  const ignored = input2.ignore.length ? (0, import_picomatch3.default)(input2.ignore, { dot: true }) : () => false;
  for (const path of base.deleted) {
    const real = join3(base.root, path);
    const id = base.blobs.get(path);
    if (!id || seen.has(path) || !underPaths(real, realCwd, input2.paths)) continue;
    const abs = resolve5(input2.cwd, relative3(realCwd, real));
    if (ignored(toPosix(relative3(input2.ignoreBase, abs)))) continue;
    wanted.push({ rel: toPosix(relative3(input2.cwd, abs)), id });
  }
  const blobs = readBlobs(base, wanted.map((w) => w.id));
  for (const { rel, id } of wanted) {
    const buf = blobs.get(id);
    if (!buf) continue;
    const read = judged(decodeBytes(buf));
    if (!("text" in read)) continue;
    const { text: text3 } = read;
    const syntax = sniffSyntax(text3);
    if (tooLargeToParse(text3, syntax)) continue;
    const file = new SourceFile(rel, text3, syntax);
    try {
      const out = extractFile(file);
      if (out.before) continue;
      mergeModels(model, out.after);
      files.add(file);
    } catch (e) {
      diagnostics.push({ file: rel, level: "error", message: `internal error while reading this file at ${base.ref}: ${e?.message ?? e}` });
    }
  }
  joinPolicies(model);
  return { model, files, diagnostics };
}
function underPaths(real, realCwd, paths) {
  const relCwd = toPosix(relative3(realCwd, real));
  return paths.some((p) => {
    const at3 = realOr(resolve5(realCwd, p));
    if (real === at3) return true;
    if (real.startsWith(at3.endsWith(sep3) ? at3 : at3 + sep3)) return walkable(relative3(at3, real));
    return !existsSync3(at3) && isGlob(p) && (0, import_picomatch3.default)(p)(relCwd);
  });
}
function realOr(path) {
  try {
    return realpathSync2(path);
  } catch {
    return path;
  }
}

// src/link.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
import { relative as relative4, resolve as resolve6 } from "node:path";
var MODES = ["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"];
function makeContext(model, before, config, clusterAccount, paths) {
  const byResource = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const c of model.clusters) {
    if (c.ref.resource) byResource.set(c.ref.resource, c);
    const name = known(c.name);
    if (name) byName.set(name, [...byName.get(name) ?? [], c]);
  }
  const clusterOf2 = (ref) => {
    if (ref.resource && byResource.has(ref.resource)) return byResource.get(ref.resource);
    const named2 = ref.name ? byName.get(ref.name) : void 0;
    return named2 && named2.length === 1 ? named2[0] : void 0;
  };
  const views2 = [];
  const viewOfCluster = /* @__PURE__ */ new Map();
  const viewOfName = /* @__PURE__ */ new Map();
  const viewOfObject = /* @__PURE__ */ new Map();
  for (const c of model.clusters) {
    const v = newView(c, known(c.name), config);
    viewOfCluster.set(c, v);
    viewOfObject.set(c, v);
    views2.push(v);
  }
  const named = (name) => {
    const files = byName.get(name) ?? [];
    if (files.length > 1) return void 0;
    if (files.length === 1) return viewOfCluster.get(files[0]);
    let v = viewOfName.get(name);
    if (!v) {
      v = newView(void 0, name, config);
      viewOfName.set(name, v);
      views2.push(v);
    }
    return v;
  };
  const resolveRef = (ref) => {
    const c = ref.resource ? byResource.get(ref.resource) : void 0;
    if (c) return { view: viewOfCluster.get(c), how: ref.via ?? resourceLabel(ref.resource), plain: !ref.via };
    const v = ref.name ? named(ref.name) : void 0;
    return v && { view: v, how: ref.via ?? `same cluster name "${ref.name}"`, plain: false };
  };
  const tie = (obj, r) => {
    viewOfObject.set(obj, r.view);
    r.view.links.set(obj, { how: r.how, plain: r.plain, file: obj.origin.doc.file.path });
  };
  for (const e of model.accessEntries) {
    const r = resolveRef(e.cluster);
    if (r) tie(e, r), r.view.entries.push(e);
  }
  for (const n of model.nodeRoles) {
    const r = resolveRef(n.cluster);
    if (r) tie(n, r), r.view.nodeRoles.push(n);
  }
  const declared = awsAuthGlobs(config, paths);
  for (const d of model.awsAuth) {
    let r = d.cluster ? resolveRef(d.cluster) : void 0;
    if (!r && !d.cluster) {
      const names = declared(d.origin.doc.file.path);
      const v = names.length === 1 ? named(names[0]) : void 0;
      if (v && (!v.cluster || factsFor(v.cluster, names[0], config))) r = { view: v, how: `config clusters.${names[0]}.awsAuth`, plain: false };
    }
    if (r) tie(d, r), r.view.awsAuth.push(d);
  }
  for (const m of model.identityMappings) {
    const v = viewOfObject.get(m.document);
    if (v) viewOfObject.set(m, v), v.mappings.push(m);
  }
  const untied = (list) => list.filter((o) => !viewOfObject.has(o));
  return {
    model,
    before,
    config,
    clusters: views2,
    untied: { accessEntries: untied(model.accessEntries), nodeRoles: untied(model.nodeRoles), awsAuth: untied(model.awsAuth), identityMappings: untied(model.identityMappings) },
    viewOf: (obj) => viewOfObject.get(obj),
    clusterOf: clusterOf2,
    clusterAccount(ref) {
      const c = clusterOf2(ref);
      if (c && typeof c.account === "string") return c.account;
      const name = ref.name ?? known(c?.name);
      return name && config.clusters?.[name]?.account || clusterAccount || config.defaultAccount;
    }
  };
}
function newView(cluster2, name, config) {
  const facts2 = factsFor(cluster2, name, config);
  const label = name ?? (cluster2?.ref.resource ? resourceLabel(cluster2.ref.resource).replace(/^(!Ref |a reference to )/, "") : "cluster");
  const account4 = typeof cluster2?.account === "string" && /^\d{12}$/.test(cluster2.account) ? cluster2.account : facts2?.account;
  return {
    ...cluster2 ? { cluster: cluster2 } : {},
    ...name !== void 0 ? { name } : {},
    label,
    ...modeOf(cluster2, name, facts2),
    ...account4 ? { account: account4 } : {},
    entries: [],
    nodeRoles: [],
    awsAuth: [],
    mappings: [],
    links: /* @__PURE__ */ new Map()
  };
}
function factsFor(cluster2, name, config) {
  const facts2 = name !== void 0 && Object.hasOwn(config.clusters ?? {}, name) ? config.clusters[name] : void 0;
  const account4 = typeof cluster2?.account === "string" ? cluster2.account : void 0;
  return facts2 && account4 && facts2.account && facts2.account !== account4 ? void 0 : facts2;
}
function modeOf(c, name, facts2) {
  const text3 = c ? known(c.authenticationMode) : void 0;
  const mode = text3 !== void 0 && MODES.includes(text3) ? text3 : void 0;
  if (c && mode && c.authenticationModeExplicit) {
    const shown2 = c.tool === "terraform" && !c.origin.pointer.startsWith("/resource/");
    return { mode, modeFrom: "written", modeWhy: `${shown2 ? "as shown by" : "written in"} ${c.origin.doc.file.path}` };
  }
  if (facts2?.authenticationMode) return { mode: facts2.authenticationMode, modeFrom: "config", modeWhy: `stated by the config (clusters.${name}.authenticationMode)` };
  if (c && mode) {
    const shown2 = c.tool === "terraform" && !c.origin.pointer.startsWith("/resource/");
    return { mode, modeFrom: "default", modeWhy: shown2 ? `EKS's default: ${c.origin.doc.file.path} shows no access_config for it` : defaultWhy(c.tool) };
  }
  return {};
}
function defaultWhy(tool) {
  switch (tool) {
    case "cloudformation":
      return "CloudFormation's default: AccessConfig.AuthenticationMode is not written";
    case "cdk":
      return "the default of CDK aws-eks (v1), which sends no authenticationMode";
    case "terraform":
      return "EKS's default: aws_eks_cluster sends no access_config.authentication_mode";
    case "eksctl":
      return "eksctl's default: accessConfig.authenticationMode is not written";
    case "terraform-module":
      return "the default of terraform-aws-modules/eks (v20+ API_AND_CONFIG_MAP; v19 sends none, so EKS's CONFIG_MAP): authentication_mode is not written";
    default:
      return `the default of ${tool}`;
  }
}
function resourceLabel(resource) {
  const hash2 = resource.lastIndexOf("#");
  const id = resource.slice(hash2 + 1);
  if (resource.startsWith("cfn:")) return `!Ref ${id}`;
  if (resource.startsWith("eksctl:")) return `${resource.slice(7, hash2)} (eksctl)`;
  const module = resource.slice(3, hash2);
  return `a reference to ${module && !module.startsWith("dir:") ? `${module}.${id}` : id}`;
}
function awsAuthGlobs(config, paths) {
  const matchers = [];
  for (const [name, facts2] of Object.entries(config.clusters ?? {})) {
    const globs = facts2.awsAuth === void 0 ? [] : Array.isArray(facts2.awsAuth) ? facts2.awsAuth : [facts2.awsAuth];
    if (globs.length) matchers.push([name, (0, import_picomatch4.default)(globs, { dot: true })]);
  }
  if (!matchers.length) return () => [];
  const cwd = paths?.cwd ?? process.cwd();
  const base = paths?.configDir ?? cwd;
  return (file) => {
    const rel = relative4(base, resolve6(cwd, file)).split("\\").join("/");
    return matchers.filter(([, m]) => m(rel)).map(([n]) => n);
  };
}

// src/retain.ts
var Interner = class {
  strings = /* @__PURE__ */ new Map();
  objects = /* @__PURE__ */ new Map();
  /**
   * `s` in a string of its own, one per distinct value of the run (a key and its node's value, a raw
   * and a value, a repeated ARN or group share it). Shorter strings are never slices (V8 copies below 13).
   */
  own(s) {
    let copy = this.strings.get(s);
    if (copy === void 0) this.strings.set(copy = s.length < 13 ? s : JSON.parse(JSON.stringify(s)), copy);
    return copy;
  }
  clear() {
    this.strings.clear();
    this.objects.clear();
  }
};
function retainReferenced(file, out, also = [], shared = new Interner()) {
  const wanted = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  const visit2 = (v, key2) => {
    if (v instanceof SourceDoc || v instanceof SourceFile) return v;
    const had = done.get(v);
    if (had) return had;
    done.set(v, v);
    if (Array.isArray(v)) {
      const copy = v.slice();
      done.set(v, copy);
      for (let i = 0; i < copy.length; i++) {
        const x = copy[i];
        if (typeof x === "string") copy[i] = shared.own(x);
        else if (x && typeof x === "object") copy[i] = visit2(x, key2);
      }
      return copy;
    }
    const o = v;
    if (o.doc instanceof SourceDoc && typeof o.pointer === "string") {
      const list = wanted.get(o.doc) ?? [];
      list.push(splitPointer(o.pointer));
      wanted.set(o.doc, list);
    }
    for (const k in o) {
      const x = o[k];
      if (typeof x === "string") o[k] = shared.own(x);
      else if (x && typeof x === "object" && k !== "doc") {
        const y = visit2(x, k);
        if (y !== x) o[k] = y;
      }
    }
    const shape = sharedShape(o, key2);
    if (shape === void 0) return o;
    let same = shared.objects.get(shape);
    if (!same) shared.objects.set(shape, same = o);
    done.set(v, same);
    return same;
  };
  const models = out.before ? [out.after, out.before] : [out.after];
  for (const m of models) for (const k of Object.keys(m)) m[k] = visit2(m[k], "");
  visit2(also, "");
  for (const doc of /* @__PURE__ */ new Set([...file.docs, ...wanted.keys()])) {
    if (doc.file !== file) continue;
    const paths = wanted.get(doc);
    const generated2 = isGenerated(doc.root);
    const root = doc.root && paths ? prune(doc.root, generated2 ? paths : paths.map((p) => p.slice(0, 2)), generated2) : void 0;
    doc.keepPacked(root, (s) => shared.own(s));
  }
}
function sharedShape(o, key2) {
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === "parts") {
    const parts = o.parts;
    return parts.length === 1 && typeof parts[0] === "string" ? "t\0" + parts[0] : void 0;
  }
  if (key2 !== "groupValues" || typeof o.type !== "string") return void 0;
  if (keys.length === 1) return "v\0" + o.type;
  if (keys.length === 2 && typeof o.raw === "string" && keys.includes("raw")) return "r\0" + o.type + "\0" + o.raw;
  return void 0;
}
function isGenerated(root) {
  return root?.kind === "map" && root.entries.some((e) => e.key === "format_version");
}
function isFlat(node) {
  return node.kind === "scalar" || node.kind === "seq" && node.items.every((i) => i.kind === "scalar");
}
function prune(node, paths, generated2) {
  if (paths.some((p) => p.length === 0)) return node;
  const bySeg = /* @__PURE__ */ new Map();
  for (const p of paths) bySeg.set(p[0], [...bySeg.get(p[0]) ?? [], p.slice(1)]);
  if (node.kind === "map") {
    const entries = [];
    for (const e of node.entries) {
      const sub = bySeg.get(e.key);
      if (sub) entries.push({ ...e, value: prune(e.value, sub, generated2) });
      else if (generated2 && isFlat(e.value)) entries.push(e);
    }
    return { ...node, entries };
  }
  if (node.kind === "seq") {
    const items2 = node.items.map((it, i) => {
      const sub = bySeg.get(String(i));
      return sub ? prune(it, sub, generated2) : { kind: "scalar", start: it.start, end: it.start, value: null, style: "plain" };
    });
    return { ...node, items: items2 };
  }
  return node;
}

// src/workers.ts
import { existsSync as existsSync4, statSync as statSync3 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var WORKER_SCRIPT = new URL("./parse-worker.mjs", import.meta.url);
var MIN_YAML_BYTES = 2 * 1024 * 1024;
var OWN_AHEAD = 4;
var OWN_SPAN = 64;
var WAIT_MS = 15e3;
var SLOT = { FREE: 0, READING: 1, PARSING: 2, SKIPPED: 3, MAIN: 4, UNRELATED: 5 };
var { FREE, READING, PARSING, SKIPPED, MAIN, UNRELATED } = SLOT;
var CURSOR = 0;
var CONSUMED = 2;
var COUNTERS = 3;
var views = (memory) => ({ counters: new Int32Array(memory, 0, COUNTERS), slots: new Int32Array(memory, COUNTERS * 4) });
var sharedFor = (files) => ({ files, memory: new SharedArrayBuffer((COUNTERS + files.length) * 4) });
function candidate(path) {
  const read = readSource(path);
  if ("skipped" in read) return "unrelated";
  if (!("text" in read)) return void 0;
  const syntax = sniffSyntax(read.text);
  return syntax === "yaml" && !tooLargeToParse(read.text, syntax) ? read.text : void 0;
}
function startParsePool(files, tuneHeap = false) {
  const asked = process.env.EKS_ACCESS_LINT_WORKERS;
  const count = asked !== void 0 && asked !== "" ? Number(asked) : Math.max(1, Math.min(2, availableParallelism() - 1));
  if (!(count >= 1) || !existsSync4(fileURLToPath2(WORKER_SCRIPT))) return void 0;
  let yamlBytes = 0;
  for (const f of files) {
    if (/\.ya?ml$|\.template$/i.test(f)) yamlBytes += safeSize(f);
    if (yamlBytes >= MIN_YAML_BYTES) break;
  }
  if (yamlBytes < MIN_YAML_BYTES && asked === void 0) return void 0;
  const { Worker } = createRequire2(import.meta.url)("node:worker_threads");
  if (tuneHeap) setFlagsFromString("--min-semi-space-size=16");
  const shared = sharedFor(files);
  const { counters, slots } = views(shared.memory);
  const index = new Map(files.map((f, i) => [f, i]));
  const results = /* @__PURE__ */ new Map();
  let waiting;
  let passed = 0;
  let fromWorkers = 0;
  let turnedAway = 0;
  let broken = false;
  const consumed = () => {
    Atomics.add(counters, CONSUMED, 1);
    Atomics.notify(counters, CONSUMED);
  };
  const workers = [];
  for (let k = 0; k < Math.floor(count); k++) {
    const w = new Worker(WORKER_SCRIPT, { workerData: shared });
    w.unref();
    workers.push(w);
    w.on("message", (m) => {
      if (waiting?.id === m.id) consumed(), waiting.resolve(m.docs);
      else if (m.id >= passed) results.set(m.id, m.docs);
      else consumed();
    });
    const lost = () => {
      broken = true;
      Atomics.store(counters, CURSOR, files.length);
      waiting?.resolve(null);
    };
    w.on("error", lost);
    w.on("exit", (code) => code !== 0 && lost());
    w.on("messageerror", lost);
  }
  const own = /* @__PURE__ */ new Map();
  const parseAhead = (id) => {
    if (own.size >= OWN_AHEAD) return false;
    for (let j = id + 1; j < Math.min(files.length, id + 1 + OWN_SPAN); j++) {
      if (Atomics.load(slots, j) !== FREE || Atomics.compareExchange(slots, j, FREE, MAIN) !== FREE) continue;
      const text3 = candidate(files[j]);
      if (text3 === "unrelated") Atomics.store(slots, j, UNRELATED);
      try {
        if (text3 !== void 0 && text3 !== "unrelated") own.set(j, parseYaml(text3));
      } catch {
      }
      return true;
    }
    return false;
  };
  const result2 = async (id) => {
    for (; ; ) {
      if (results.has(id)) {
        const docs2 = results.get(id);
        results.delete(id);
        consumed();
        return docs2;
      }
      if (broken) return null;
      if (!parseAhead(id)) break;
      await new Promise((resolve10) => setImmediate(resolve10));
    }
    let timer;
    const docs = await new Promise((resolve10) => {
      waiting = { id, resolve: resolve10 };
      timer = setTimeout(() => resolve10(null), WAIT_MS);
    });
    clearTimeout(timer);
    waiting = void 0;
    return docs;
  };
  return {
    unrelated(path) {
      const id = index.get(path);
      if (id === void 0 || Atomics.load(slots, id) !== UNRELATED) return false;
      turnedAway++;
      return true;
    },
    async take(path) {
      const id = index.get(path);
      if (id === void 0) return void 0;
      for (const k of results.keys()) if (k < id) results.delete(k), consumed();
      for (const k of own.keys()) if (k < id) own.delete(k);
      passed = id;
      let deadline = 0;
      for (; ; ) {
        const slot = Atomics.load(slots, id);
        if (slot === FREE && Atomics.compareExchange(slots, id, FREE, MAIN) === FREE) return void 0;
        if (slot === READING) {
          deadline ||= Date.now() + WAIT_MS;
          if (Atomics.wait(slots, id, READING, 50) === "timed-out" && Date.now() > deadline) return void 0;
        } else if (slot === SKIPPED || slot === UNRELATED) return void 0;
        else if (slot === MAIN) {
          const docs = own.get(id);
          own.delete(id);
          return docs;
        } else if (slot === PARSING) {
          const docs = await result2(id);
          if (docs) fromWorkers++;
          return docs ?? void 0;
        }
      }
    },
    async close() {
      if (process.env.EKS_ACCESS_LINT_DEBUG) process.stderr.write(`eks-access-lint: ${workers.length} parse worker(s) parsed ${fromWorkers} file(s) and turned away ${turnedAway}
`);
      Atomics.store(counters, CURSOR, files.length);
      Atomics.notify(counters, CONSUMED);
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}
function safeSize(path) {
  try {
    return statSync3(path).size;
  } catch {
    return 0;
  }
}

// src/suppress.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
import { relative as relative6, resolve as resolve8 } from "node:path";

// src/baseline.ts
import { readFileSync as readFileSync4, writeFileSync, renameSync, statSync as statSync4 } from "node:fs";
import { dirname as dirname5, relative as relative5, resolve as resolve7 } from "node:path";

// src/sha256.ts
var K = new Int32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var W = new Int32Array(64);
var H = new Int32Array(8);
function sha256Hex(text3) {
  const data = Buffer.from(text3, "utf8");
  const n = data.length;
  const blocks = (n + 8 >>> 6) + 1;
  const m = new Uint8Array(blocks * 64);
  m.set(data);
  m[n] = 128;
  const hi = Math.floor(n / 536870912);
  const lo = n * 8 >>> 0;
  const end = m.length;
  m[end - 8] = hi >>> 24;
  m[end - 7] = hi >>> 16;
  m[end - 6] = hi >>> 8;
  m[end - 5] = hi;
  m[end - 4] = lo >>> 24;
  m[end - 3] = lo >>> 16;
  m[end - 2] = lo >>> 8;
  m[end - 1] = lo;
  H[0] = 1779033703;
  H[1] = 3144134277;
  H[2] = 1013904242;
  H[3] = 2773480762;
  H[4] = 1359893119;
  H[5] = 2600822924;
  H[6] = 528734635;
  H[7] = 1541459225;
  const w = W;
  for (let at3 = 0; at3 < end; at3 += 64) {
    for (let i = 0; i < 16; i++) {
      const j = at3 + i * 4;
      w[i] = m[j] << 24 | m[j + 1] << 16 | m[j + 2] << 8 | m[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
      const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let i = 0; i < 64; i++) {
      const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const t1 = h + S1 + (e & f ^ ~e & g) + K[i] + w[i] | 0;
      const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const t2 = S0 + (a & b ^ a & c ^ b & c) | 0;
      h = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    H[0] += a;
    H[1] += b;
    H[2] += c;
    H[3] += d;
    H[4] += e;
    H[5] += f;
    H[6] += g;
    H[7] += h;
  }
  let hex = "";
  for (let i = 0; i < 8; i++) hex += (H[i] >>> 0).toString(16).padStart(8, "0");
  return hex;
}

// src/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
};
var hashed = 0;
var NATIVE_AFTER = 32;
function hash(parts) {
  const text3 = parts.join("\0");
  if (++hashed <= NATIVE_AFTER) return sha256Hex(text3).slice(0, 32);
  const { createHash } = process.getBuiltinModule("node:crypto");
  return createHash("sha256").update(text3).digest("hex").slice(0, 32);
}
var stablePath = (logicalPath) => logicalPath.replace(/\[\d+\]/g, "[]");
function ordinals(findings) {
  const seen = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = [f.ruleId, f.file, stablePath(f.logicalPath), f.principal ?? ""].join("\0");
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(f, n);
  }
  return out;
}
function fingerprintFor(f, file, ordinal2) {
  return hash([f.ruleId, file, stablePath(f.logicalPath), f.principal ?? "", ordinal2]);
}
function assignFingerprints(findings) {
  const ord = ordinals(findings);
  for (const f of findings) f.fingerprint = fingerprintFor(f, f.file, ord.get(f));
}
function baselineFingerprints(findings, cwd, baselineDir) {
  const ord = ordinals(findings);
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = toPosix(relative5(baselineDir, resolve7(cwd, f.file)));
    out.set(f, { file, fingerprint: fingerprintFor(f, file, ord.get(f)) });
  }
  return out;
}
function writeBaseline(path, findings, cwd) {
  const abs = resolve7(cwd, path);
  const prints = baselineFingerprints(findings, cwd, dirname5(abs));
  const entries = findings.filter((f) => !f.suppression).map((f) => {
    const { file, fingerprint } = prints.get(f);
    return { fingerprint, ruleId: f.ruleId, file, logicalPath: f.logicalPath, ...f.principal ? { principal: f.principal } : {}, message: f.message };
  }).sort((a, b) => cmp2(a.file, b.file) || cmp2(a.ruleId, b.ruleId) || cmp2(a.logicalPath, b.logicalPath) || cmp2(a.fingerprint, b.fingerprint));
  const data = { version: BASELINE_VERSION, tool: "eks-access-lint", findings: entries };
  const tmp = `${abs}.${process.pid}.tmp`;
  let mode;
  try {
    mode = statSync4(abs).mode;
  } catch {
    mode = void 0;
  }
  try {
    writeFileSync(tmp, JSON.stringify(data, null, 2) + "\n", mode === void 0 ? {} : { mode });
    renameSync(tmp, abs);
  } catch (e) {
    throw new BaselineError(`cannot write baseline ${path}: ${e.message}`);
  }
  return data;
}
var cmp2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function readBaseline(path, cwd) {
  const abs = resolve7(cwd, path);
  let text3;
  try {
    text3 = readFileSync4(abs, "utf8");
  } catch (e) {
    throw new BaselineError(`cannot read baseline ${path}: ${e.code ?? e.message}`);
  }
  const { root, errors } = parseJson(text3);
  if (errors.length) throw new BaselineError(`${path}: not valid JSON: ${errors[0].message}`);
  let data;
  try {
    data = JSON.parse(text3);
  } catch (e) {
    throw new BaselineError(`${path}: not valid JSON: ${e.message}`);
  }
  const d = data;
  if (!d || typeof d !== "object" || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new BaselineError(`${path}: not an eks-access-lint baseline (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  const rel = toPosix(relative5(cwd, abs)) || abs;
  const doc = new SourceDoc(new SourceFile(rel, text3, "json"), root);
  return d.findings.map((e, i) => {
    if (!e || typeof e.fingerprint !== "string" || typeof e.ruleId !== "string") throw new BaselineError(`${path}: /findings/${i}: needs "fingerprint" and "ruleId"`);
    const origin2 = { doc, pointer: `/findings/${i}` };
    return {
      kind: "suppression",
      form: "baseline",
      origin: origin2,
      fields: { rules: { doc, pointer: `/findings/${i}/ruleId` }, reason: origin2 },
      ruleIds: [e.ruleId],
      reason: "baseline",
      problems: [],
      used: /* @__PURE__ */ new Set(),
      unchecked: /* @__PURE__ */ new Set(),
      fingerprint: e.fingerprint
    };
  });
}
function applyBaseline(entries, findings, cwd, baselinePath, ran) {
  const prints = baselineFingerprints(findings, cwd, dirname5(resolve7(cwd, baselinePath)));
  const byPrint = /* @__PURE__ */ new Map();
  for (const e of entries) {
    byPrint.set(e.fingerprint, e);
    if (!ran.has(e.ruleIds[0])) e.unchecked.add(e.ruleIds[0]);
  }
  for (const f of findings) {
    const e = byPrint.get(prints.get(f).fingerprint);
    if (!e || e.ruleIds[0] !== f.ruleId) continue;
    e.used.add(f.ruleId);
    f.suppression ??= { kind: "external", justification: `baseline ${baselinePath}` };
  }
}

// src/suppress.ts
var COMMENT_LINE = /^[ \t]*#[ \t]*eks-access-lint-ignore(?![\w-])(.*)$/gm;
var META_KEY = "eks-access-lint";
function parseDirective(rest, known2) {
  const colon = rest.indexOf(":");
  const idsText = colon === -1 ? rest : rest.slice(0, colon);
  const reason2 = colon === -1 ? void 0 : rest.slice(colon + 1).trim() || void 0;
  const ruleIds = idsText.split(/[\s,]+/).filter(Boolean);
  return { ruleIds, reason: reason2, problems: problemsOf(ruleIds, reason2, known2) };
}
function problemsOf(ruleIds, reason2, known2) {
  const problems = [];
  if (ruleIds.length === 0) problems.push({ messageId: "noRule" });
  for (const rule of ruleIds) if (!known2.has(rule)) problems.push({ messageId: "unknownRule", rule });
  if (!reason2) problems.push({ messageId: "noReason" });
  return problems;
}
function collectInline(file, model, known2) {
  if (!file.text.includes(META_KEY)) return [];
  const inner = /* @__PURE__ */ new Set();
  for (const m of model.identityMappings) {
    const doc = m.origin.doc;
    if (doc.file === file && doc.root && !file.docs.includes(doc)) inner.add(doc);
  }
  const out = [];
  if (file.syntax === "yaml") out.push(...yamlComments(file, [...inner], known2));
  for (const doc of file.docs) {
    if (isCloudFormation(doc.root)) out.push(...cfnMetadata(doc, known2));
    else if (file.syntax === "json" && isTerraformJson(doc.root)) out.push(...terraformComments(doc, known2));
  }
  return out;
}
function suppression(form, origin2, parsed, covers) {
  return { kind: "suppression", form, origin: origin2, fields: { rules: origin2, reason: origin2 }, ...parsed, used: /* @__PURE__ */ new Set(), unchecked: /* @__PURE__ */ new Set(), ...covers ? { covers } : {} };
}
function yamlComments(file, innerDocs, known2) {
  const out = [];
  let outer;
  for (const m of file.text.matchAll(COMMENT_LINE)) {
    const hash2 = m.index + m[0].indexOf("#");
    const lineEnd = file.lineEnd(hash2);
    const outerDoc = file.docs.find((d) => d.root && d.root.start <= hash2 && hash2 <= d.root.end) ?? file.docs.find((d) => d.root && d.root.start > hash2) ?? file.docs[0];
    if (!outerDoc) continue;
    const scalar2 = scalarAround(outerDoc.root, hash2);
    let doc = outerDoc;
    let candidates;
    if (scalar2) {
      const section = innerDocs.find((d) => d.root.start >= scalar2.start && d.root.start <= scalar2.end);
      if (!section) continue;
      doc = section;
      candidates = nodesOf(section.root, false).filter((c) => c.start <= scalar2.end);
    } else {
      candidates = outer ??= file.docs.flatMap((d) => d.root ? nodesOf(d.root, true) : []);
    }
    const origin2 = { doc, pointer: "", offsets: [hash2, lineEnd] };
    const next = nextNode(candidates, lineEnd);
    out.push(suppression("comment", origin2, parseDirective(m[1], known2), next && { file, start: next.start, end: next.end }));
  }
  return out;
}
function scalarAround(node, offset) {
  if (!node || offset < node.start || offset >= node.end) return void 0;
  if (node.kind === "scalar") return node;
  const kids = node.kind === "map" ? node.entries.flatMap((e) => [e.keyNode, e.value]) : node.items;
  for (const k of kids) {
    const s = scalarAround(k, offset);
    if (s) return s;
  }
  return void 0;
}
function nodesOf(root, withRoot) {
  const out = withRoot ? [{ start: root.start, end: root.end }] : [];
  const walk2 = (n) => {
    if (n.kind === "map") {
      for (const e of n.entries) {
        out.push({ start: e.keyNode.start, end: Math.max(e.keyNode.end, e.value.end) });
        walk2(e.value);
      }
    } else if (n.kind === "seq") {
      for (const it of n.items) {
        out.push({ start: it.start, end: it.end });
        walk2(it);
      }
    }
  };
  walk2(root);
  return out;
}
function nextNode(candidates, offset) {
  let best;
  for (const c of candidates) {
    if (c.start < offset) continue;
    if (!best || c.start < best.start || c.start === best.start && c.end > best.end) best = c;
  }
  return best;
}
function entryOf(node, key2) {
  return node?.kind === "map" ? [...node.entries].reverse().find((e) => e.key === key2) : void 0;
}
function cfnMetadata(doc, known2) {
  const out = [];
  const resources = entryOf(doc.root, "Resources")?.value;
  if (resources?.kind !== "map") return out;
  for (const res of resources.entries) {
    const meta = entryOf(entryOf(res.value, "Metadata")?.value, META_KEY);
    if (!meta) continue;
    const base = joinPointer("", "Resources", res.key, "Metadata", META_KEY);
    const covers = { file: doc.file, start: res.keyNode.start, end: res.value.end };
    const ignore2 = entryOf(meta.value, "ignore");
    if (!ignore2 || ignore2.value.kind !== "map") {
      const node = ignore2 ? ignore2.keyNode : meta.keyNode;
      const origin2 = { doc, pointer: ignore2 ? joinPointer(base, "ignore") : base, offsets: [node.start, node.end] };
      out.push(suppression("metadata", origin2, { ruleIds: [], problems: [{ messageId: "malformed", detail: `${META_KEY}.ignore must be a mapping of rule id to reason` }] }));
      continue;
    }
    for (const e of ignore2.value.entries) {
      const pointer = joinPointer(base, "ignore", e.key);
      const reason2 = e.value.kind === "scalar" && typeof e.value.value === "string" ? e.value.value.trim() || void 0 : void 0;
      const s = suppression("metadata", { doc, pointer, offsets: [e.keyNode.start, e.value.end] }, { ruleIds: [e.key], reason: reason2, problems: problemsOf([e.key], reason2, known2) }, covers);
      s.fields = { rules: { doc, pointer, offsets: [e.keyNode.start, e.keyNode.end] }, reason: { doc, pointer, offsets: [e.value.start, e.value.end] } };
      out.push(s);
    }
  }
  return out;
}
function terraformComments(doc, known2) {
  const out = [];
  const walk2 = (n, pointer) => {
    if (n.kind === "seq") n.items.forEach((it, i) => walk2(it, joinPointer(pointer, i)));
    if (n.kind !== "map") return;
    for (const e of n.entries) {
      const p = joinPointer(pointer, e.key);
      if (e.key === "//") {
        const texts = e.value.kind === "seq" ? e.value.items.map((it, i) => [it, joinPointer(p, i)]) : [[e.value, p]];
        for (const [v, vp] of texts) {
          if (v.kind !== "scalar" || typeof v.value !== "string") continue;
          const m = /^\s*eks-access-lint-ignore(?![\w-])(.*)$/s.exec(v.value);
          if (m) out.push(suppression("terraform", { doc, pointer: vp, offsets: [v.start, v.end] }, parseDirective(m[1], known2), { file: doc.file, start: n.start, end: n.end }));
        }
      } else walk2(e.value, p);
    }
  };
  if (doc.root) walk2(doc.root, "");
  return out;
}
function applySuppressions(input2) {
  const byPath = new Map(input2.sources.map((s) => [s.path, s]));
  const valid = input2.inline.filter((s) => s.problems.length === 0 && s.covers);
  for (const s of input2.inline) for (const id of s.ruleIds) if (!input2.ran.has(id)) s.unchecked.add(id);
  const overrides = (input2.overrides ?? []).map((o) => ({ o, match: (0, import_picomatch5.default)(Array.isArray(o.files) ? o.files : [o.files], { dot: true }) }));
  for (const f of input2.findings) {
    const file = f.base ? void 0 : byPath.get(f.file);
    const at3 = file && file.offset(f.range.start);
    if (file && at3 !== void 0) {
      for (const s of valid) {
        if (s.covers.file !== file || at3 < s.covers.start || at3 > s.covers.end || !s.ruleIds.includes(f.ruleId)) continue;
        s.used.add(f.ruleId);
        f.suppression ??= { kind: "inSource", justification: s.reason };
      }
    }
    if (f.suppression || overrides.length === 0) continue;
    const rel = toPosix(relative6(input2.configDir, resolve8(input2.cwd, f.file)));
    for (const { o, match } of overrides) {
      const level = o.rules[f.ruleId];
      if (!level || !match(rel) || !coveredByPointer(file, at3, o.pointer)) continue;
      if (level === "off") f.suppression = { kind: "external", justification: o.reason ?? "config overrides" };
      else {
        f.severity = level;
        delete f.suppression;
      }
    }
  }
}
function coveredByPointer(file, at3, pointer) {
  if (pointer === void 0 || pointer === "" || pointer === "/") return true;
  if (!file || at3 === void 0) return false;
  return file.docs.some((d) => {
    const n = d.get(pointer);
    return !!n && at3 >= n.start && at3 <= n.end;
  });
}
function suppressStep(step) {
  applySuppressions({ ...step, findings: [...step.findings, ...step.shadow] });
  const stage = (list) => step.stageRules.flatMap((r) => step.runStage(r, list));
  let all = step.order([...step.findings, ...stage(step.inline)]);
  const path = step.writeBaseline ?? step.baseline;
  if (path) {
    if (step.writeBaseline) writeBaseline(step.writeBaseline, all, step.cwd);
    const entries = readBaseline(path, step.cwd);
    applyBaseline(entries, all, step.cwd, path, /* @__PURE__ */ new Set([...step.ran, ...step.stageRules.map((r) => r.id)]));
    all = step.order([...all, ...stage(entries)]);
  }
  assignFingerprints(all);
  return all;
}

// src/fix-edits.ts
var import_yaml6 = __toESM(require_dist(), 1);
function resolveFix(doc, pointer, key2, spec) {
  const file = doc.file;
  if (file.text === "" || generated(file)) return void 0;
  const at3 = lookup(doc, pointer);
  if (!at3) return void 0;
  const ctx = contextOf(doc, at3.keyNode ?? at3.node);
  if (!ctx) return void 0;
  if ("remove" in spec) {
    if (!at3.parent || ctx.embedded) return void 0;
    const edit2 = ctx.syntax === "json" ? removeJsonEntry(file, at3.parent, at3.index) : removeYamlEntry(file, at3.parent, at3.index);
    return edit2 && { description: `remove ${at3.parent.entries[at3.index].key}`, edits: [edit2] };
  }
  const target = key2 ? at3.keyNode : at3.node;
  if (!target || target.kind !== "scalar" || target.tag) return void 0;
  const text3 = replaceScalar(file, target, spec.replace, ctx);
  if (text3 === void 0 || text3 === file.text.slice(target.start, target.end)) return void 0;
  const shown2 = Array.isArray(spec.replace) ? JSON.stringify(spec.replace) : `"${spec.replace}"`;
  return { description: `write ${shown2}`, edits: [edit(file, target.start, target.end, text3)] };
}
function edit(file, start, end, text3) {
  return { start, end, old: file.text.slice(start, end), text: text3, range: file.range(start, end) };
}
function generated(file) {
  return file.syntax === "json" && /^\s*\{\s*"format_version"\s*:/.test(file.text.slice(0, 200));
}
function lookup(doc, pointer) {
  let at3 = doc.root && { node: doc.root };
  for (const seg of splitPointer(pointer)) {
    if (!at3) return void 0;
    const node = at3.node;
    if (node.kind === "map") {
      const hits = node.entries.flatMap((e2, i) => e2.key === seg ? [i] : []);
      if (hits.length !== 1) return void 0;
      const e = node.entries[hits[0]];
      at3 = { node: e.value, keyNode: e.keyNode, parent: node, index: hits[0] };
    } else if (node.kind === "seq" && /^\d+$/.test(seg) && node.items[Number(seg)]) {
      at3 = { node: node.items[Number(seg)] };
    } else return void 0;
  }
  return at3;
}
function contextOf(doc, node) {
  const file = doc.file;
  if (file.docs.includes(doc)) return { syntax: file.syntax, version: "1.2" };
  let host;
  for (const d of file.docs) host ??= d.root && hostScalar(d.root, node.start, node.end);
  if (!host || typeof host.value !== "string" || /^\s*[[{]/.test(host.value)) return void 0;
  if (host.style === "block" && file.text[host.start] === "|") return { syntax: "yaml", version: "1.1", embedded: "block" };
  if (host.style === "json") return { syntax: "yaml", version: "1.1", embedded: "json" };
  return void 0;
}
function hostScalar(node, start, end) {
  if (node.start > start || end > node.end) return void 0;
  if (node.kind === "scalar") return node.start < start || end < node.end ? node : void 0;
  const kids = node.kind === "map" ? node.entries.map((e) => e.value) : node.items;
  for (const k of kids) {
    const h = hostScalar(k, start, end);
    if (h) return h;
  }
  return void 0;
}
function replaceScalar(file, node, value, ctx) {
  const outer = file.text.slice(node.start, node.end);
  const values = Array.isArray(value) ? value : [value];
  if (values.some((v) => /[$%]\{|[\r\n]/.test(v))) return void 0;
  if (typeof node.value === "string" && /[$%]\{/.test(node.value)) return void 0;
  if (ctx.syntax === "json") {
    if (node.style !== "json" || typeof node.value !== "string" || safeJson(outer) !== node.value) return void 0;
    return JSON.stringify(value);
  }
  const src = ctx.embedded === "json" ? safeJson(`"${outer}"`) : outer;
  if (typeof src !== "string" || /[\r\n]/.test(src) || node.style === "block") return void 0;
  if (!sameValue(readYaml(src, ctx.version), node.value)) return void 0;
  const written3 = Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]` : yamlScalar(value, src);
  if (!Array.isArray(value) && readYaml(written3, ctx.version) !== value) return void 0;
  return ctx.embedded === "json" ? JSON.stringify(written3).slice(1, -1) : written3;
}
function safeJson(text3) {
  try {
    return JSON.parse(text3);
  } catch {
    return void 0;
  }
}
function readYaml(text3, version) {
  try {
    return (0, import_yaml6.parse)(text3, { version, strict: false, prettyErrors: false, logLevel: "silent" });
  } catch {
    return void 0;
  }
}
function sameValue(a, b) {
  return a === b || typeof a === "bigint" && Number(a) === b || a instanceof Date && a.toISOString() === b;
}
function yamlScalar(value, src) {
  if (src.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (src.startsWith('"')) return JSON.stringify(value);
  const plain = value !== "" && !/[,[\]{}#&*!|>'"%@`]|^[-?:]|\s$|^\s/.test(value) && readYaml(value, "1.1") === value && readYaml(value, "1.2") === value;
  return plain ? value : JSON.stringify(value);
}
function removeYamlEntry(file, parent, index) {
  const text3 = file.text;
  const e = parent.entries[index];
  if (parent.entries.length < 2 || text3[parent.start] === "{" || e.keyNode.kind !== "scalar") return void 0;
  const lineStart = text3.lastIndexOf("\n", e.keyNode.start - 1) + 1;
  if (text3.slice(lineStart, e.keyNode.start).trim() !== "") return void 0;
  const valueEnd = Math.max(e.value.end, e.keyNode.end);
  let end = valueEnd;
  if (text3[end - 1] !== "\n") {
    const lineEnd = file.lineEnd(end);
    if (!/^[ \t]*(#.*)?$/.test(text3.slice(end, lineEnd))) return void 0;
    end = text3.startsWith("\r\n", lineEnd) ? lineEnd + 2 : text3[lineEnd] === "\n" ? lineEnd + 1 : lineEnd;
  }
  return edit(file, lineStart, end, "");
}
function removeJsonEntry(file, parent, index) {
  const text3 = file.text;
  const es = parent.entries;
  if (es.length < 2) return void 0;
  const e = es[index];
  const between = (a, b) => /^\s*,\s*$/.test(text3.slice(a, b));
  if (index + 1 < es.length) {
    const next = es[index + 1];
    if (!between(e.value.end, next.keyNode.start)) return void 0;
    const lineStart = text3.lastIndexOf("\n", e.keyNode.start - 1) + 1;
    const nextLineStart = text3.lastIndexOf("\n", next.keyNode.start - 1) + 1;
    const alone = text3.slice(lineStart, e.keyNode.start).trim() === "" && text3.slice(nextLineStart, next.keyNode.start).trim() === "" && nextLineStart > lineStart;
    return alone ? edit(file, lineStart, nextLineStart, "") : edit(file, e.keyNode.start, next.keyNode.start, "");
  }
  const prev = es[index - 1];
  if (!between(prev.value.end, e.keyNode.start)) return void 0;
  return edit(file, prev.value.end, e.value.end, "");
}

// src/rule.ts
function defineRule(rule) {
  for (const id of Object.keys(rule.messages)) if (!rule.messages[id]) throw new Error(`${rule.id}: empty message ${id}`);
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data ? String(data[k]) : m);
}

// rules/lib/entry-types.ts
var ENTRY_TYPES = ["STANDARD", "EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX", "EC2", "HYBRID_LINUX", "HYPERPOD_LINUX"];
var NODE_TYPES = ["EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX", "HYBRID_LINUX"];
function entryType(type) {
  return type ? known(type) : "STANDARD";
}

// rules/access-entry/cross-account-node/rule.ts
var rule_default = defineRule({
  id: "access-entry/cross-account-node",
  severity: "error",
  description: "A node access entry must name a role in the cluster's own account",
  rationale: "Only STANDARD entries may name a principal in another account; every other type needs an IAM role of the cluster's own account (CreateAccessEntry principalArn doc). The account is taken from the cluster's ARN, `${AWS::AccountId}` / the deploying account (an access entry is always created in the cluster's account), the config (`clusters.<name>.account`, `defaultAccount`) or `--cluster-account`; when it is unknown there is no finding.",
  sources: ["reference/eks-api-schemas.md \xA72.2, \xA72.3", "https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html"],
  remediation: "Use the node role of the cluster's account, or make the entry STANDARD if it is not for nodes.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: { account: "type {{type}} entry names a role in account {{principalAccount}}, but the cluster is in {{clusterAccount}}" },
  check(ctx, report2) {
    for (const e of ctx.model.accessEntries) {
      const type = entryType(e.type);
      if (!type || type === "STANDARD") continue;
      const account4 = parseArn(e.principal)?.account;
      if (typeof account4 !== "string" || !/^\d{12}$/.test(account4)) continue;
      const clusterAccount = ctx.clusterAccount(e.cluster);
      if (!clusterAccount || clusterAccount === account4) continue;
      report2({
        messageId: "account",
        at: e,
        field: "principal",
        principal: known(e.principal),
        data: { type, principalAccount: account4, clusterAccount }
      });
    }
  }
});

// rules/access-entry/groups-on-non-standard/rule.ts
var rule_default2 = defineRule({
  id: "access-entry/groups-on-non-standard",
  severity: "error",
  description: "Only STANDARD access entries take Kubernetes groups",
  rationale: 'Node entries (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) get their username and groups from EKS. The API rejects kubernetesGroups on them ("You can\'t use the --kubernetes-groups option when you specify a type other than STANDARD"), and eksctl refuses the config ("cannot specify accessEntries[i].kubernetesGroups nor accessEntries[i].kubernetesUsername when type is set to \u2026").',
  sources: ["reference/eks-api-schemas.md \xA72.2, \xA75", "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"],
  remediation: "Remove the groups from the node entry; give humans and workloads their own STANDARD entry.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  fixable: true,
  messages: { groups: "type {{type}} takes no Kubernetes groups: remove them (EKS rejects the entry)" },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !NODE_TYPES.includes(type) || !e.groups || e.groups.length === 0) continue;
      report2({ messageId: "groups", at: e, field: "groups", key: true, principal: known(e.principal), data: { type }, fix: { remove: "key" } });
    }
  }
});

// rules/lib/usernames.ts
var SESSION_MACRO = /\{\{SessionName(Raw)?\}\}/;
function sessionMacroWithoutColon(t) {
  if (!t) return void 0;
  let before = "";
  for (const p of t.parts) {
    if (typeof p !== "string") return void 0;
    const m = SESSION_MACRO.exec(p);
    if (m) return (before + p.slice(0, m.index)).includes(":") ? void 0 : m[0];
    before += p;
  }
  return void 0;
}
var NODE_USERNAMES = ["system:node:{{EC2PrivateDNSName}}", "system:node:{{SessionName}}"];
function isNodeUsername(t) {
  const s = known(t);
  return s !== void 0 && NODE_USERNAMES.includes(s);
}
var RESERVED_USERNAME_PREFIXES = ["system:", "eks:", "aws:", "amazon:", "iam:"];
function reservedPrefixOf(t) {
  if (!t) return void 0;
  const head = knownPrefix(t);
  return RESERVED_USERNAME_PREFIXES.find((p) => head.startsWith(p));
}

// rules/access-entry/session-name-colon/rule.ts
var rule_default3 = defineRule({
  id: "access-entry/session-name-colon",
  severity: "error",
  description: 'An access entry username with {{SessionName}} needs a ":" before it',
  rationale: "EKS requires a colon before `{{SessionName}}` or `{{SessionNameRaw}}` in an access entry username: \"you can't have a username of `john{{SessionName}}`. The username would have to be `:john{{SessionName}}` or `jo:hn{{SessionName}}`\". The session name is chosen by the caller, so without a static prefix before a colon the caller would choose the username's namespace. The API rejects such an entry.",
  sources: [
    "reference/eks-api-schemas.md \xA72.3 (Custom username)",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html",
    "https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html"
  ],
  remediation: 'Put a fixed prefix ending in ":" before the macro, e.g. `Username: "devs:{{SessionName}}"`.',
  tags: ["access-entry", "security"],
  securitySeverity: 5,
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: { colon: 'username "{{username}}" has {{macro}} with no ":" before it: EKS rejects it; write e.g. "{{suggestion}}"' },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const macro = sessionMacroWithoutColon(e.username);
      if (!macro) continue;
      const username2 = known(e.username);
      report2({ messageId: "colon", at: e, field: "username", principal: known(e.principal), data: { username: username2, macro, suggestion: `user:${username2}` } });
    }
  }
});

// rules/lib/principal-arn.ts
var NOT_PRINCIPALS = {
  "instance-profile": "an instance profile (name the role it holds)",
  policy: "an IAM policy",
  "oidc-provider": "an OIDC provider",
  "saml-provider": "a SAML provider",
  "server-certificate": "a server certificate",
  mfa: "an MFA device"
};
var str2 = (p) => typeof p === "string" ? p : void 0;
function principalProblem(t) {
  const whole = known(t);
  if (whole !== void 0) {
    if (whole === "") return { kind: "malformed", why: "it is empty" };
    if (whole.trim() !== whole) return { kind: "malformed", why: "it has leading or trailing white space" };
  }
  const arn = parseArn(t);
  if (!arn) {
    if (whole === void 0) return void 0;
    const why = whole.startsWith("arn:") ? "it lacks the six colon-separated parts of arn:<partition>:iam::<account>:role/<name>" : 'it does not start with "arn:"';
    return { kind: "malformed", why };
  }
  const partition2 = str2(arn.partition);
  if (partition2 !== void 0 && !PARTITIONS.includes(partition2)) return { kind: "partition", partition: partition2 };
  const service = str2(arn.service);
  if (service === void 0) return void 0;
  if (service === "sts") return stsProblem(arn);
  if (service !== "iam") return { kind: "service", service };
  return resourceProblem(arn) ?? regionOrAccount(arn);
}
function stsProblem(arn) {
  const res = knownPrefix(arn.resource);
  if (!res.startsWith("assumed-role/")) return res.includes("/") || known(arn.resource) !== void 0 ? { kind: "sts-session" } : void 0;
  const rest = res.slice("assumed-role/".length);
  const cut = rest.indexOf("/");
  return { kind: "assumed-role", ...cut > 0 ? { role: rest.slice(0, cut) } : {} };
}
function resourceProblem(arn) {
  const res = knownPrefix(arn.resource);
  const whole = known(arn.resource);
  if (whole === "root") return { kind: "root" };
  const slash = res.indexOf("/");
  if (slash === -1) return whole !== void 0 ? { kind: "not-principal", what: `"${whole}", not a role or user` } : void 0;
  const type = res.slice(0, slash);
  if (type === "role") {
    if (res.startsWith("role/aws-service-role/")) return { kind: "service-linked" };
    if (whole === void 0) return void 0;
    const rp = rolePath(whole);
    if (!rp || rp.name === "") return { kind: "malformed", why: "the role name is missing" };
    if (rp.path === "/" && rp.name.startsWith("AWSReservedSSO_")) return { kind: "sso-path", name: rp.name };
    return void 0;
  }
  if (type === "user") return whole !== void 0 && whole.endsWith("/") ? { kind: "malformed", why: "the user name is missing" } : void 0;
  if (type === "group") return { kind: "group" };
  return { kind: "not-principal", what: NOT_PRINCIPALS[type] ?? `a "${type}" resource, not a role or user` };
}
function regionOrAccount(arn) {
  const region2 = typeof arn.region === "string" ? arn.region : arn.region.means === "region" ? render({ parts: [arn.region] }) : "";
  if (region2) return { kind: "region", region: region2 };
  const account4 = str2(arn.account);
  if (account4 !== void 0 && !/^\d{12}$/.test(account4)) return { kind: "account", account: account4 };
  return void 0;
}
function isIamUser(t) {
  const arn = parseArn(t);
  return !!arn && arn.service === "iam" && knownPrefix(arn.resource).startsWith("user/");
}
function roleArnOf(arn, name) {
  const part = (p) => render({ parts: [p] });
  return `arn:${part(arn.partition)}:iam::${part(arn.account)}:role/${name}`;
}

// rules/access-entry/invalid-principal-arn/rule.ts
var rule_default4 = defineRule({
  id: "access-entry/invalid-principal-arn",
  severity: "error",
  description: "An access entry's principal must be the ARN of an IAM role or user",
  rationale: "An access entry is for one IAM role or IAM user. The user guide rules out STS session ARNs (`arn:aws:sts::\u2026:assumed-role/\u2026`, which `aws sts get-caller-identity` and Terraform's `data.aws_caller_identity.arn` return for a role session) and service-linked roles (`role/aws-service-role/\u2026`); IAM groups and the account root are not principals; and an ARN that names no IAM role or user (another IAM resource, a malformed ARN, a region in an IAM ARN, an unknown partition, an account that is not 12 digits) names no principal. Unlike aws-auth, access entries want the role's full ARN with its path: an IAM Identity Center role is `role/aws-reserved/sso.amazonaws.com/<region>/AWSReservedSSO_\u2026`, and its path-less form was refused with \"The specified principalArn is invalid: invalid principal\" (terraform-aws-eks #2969).",
  sources: [
    "reference/eks-api-schemas.md \xA72.3",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html",
    "https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2969"
  ],
  remediation: "Write `arn:<partition>:iam::<account>:role/<path><name>` or `\u2026:user/<path><name>`. For a role session, name the role itself (in Terraform `data.aws_iam_session_context.<name>.issuer_arn`); for an IAM Identity Center role, keep the `aws-reserved/sso.amazonaws.com/\u2026` path.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    malformed: 'principal "{{principal}}" is not a valid ARN: {{why}}',
    partition: 'principal "{{principal}}" has unknown partition "{{partition}}": use one of {{partitions}}',
    service: 'principal "{{principal}}" is an {{service}} ARN: an access entry needs an IAM role or user ARN',
    assumedRole: 'principal "{{principal}}" is an STS session, which EKS rejects: name the role, "{{fixed}}"{{pathNote}}',
    assumedRoleTf: 'principal "{{principal}}" is an STS session, which EKS rejects: name the role, "{{fixed}}"{{pathNote}}; data.aws_iam_session_context.<name>.issuer_arn gives it where data.aws_caller_identity.<name>.arn gives the session',
    stsSession: 'principal "{{principal}}" is an STS session ARN: an access entry needs an IAM role or user ARN',
    region: 'principal "{{principal}}" has region "{{region}}": IAM ARNs have none (arn:<partition>:iam::<account>:\u2026)',
    account: 'principal "{{principal}}" has account "{{account}}": an account ID is 12 digits',
    serviceLinked: 'principal "{{principal}}" is a service-linked role: EKS does not accept those in access entries',
    group: 'principal "{{principal}}" is an IAM group, which is not a principal: make entries for the roles or users instead',
    root: 'principal "{{principal}}" is the account root, not a role or user: name the role or user that needs access',
    notPrincipal: 'principal "{{principal}}" is {{what}}: an access entry needs an IAM role or user ARN',
    ssoPath: 'principal "{{principal}}" is an IAM Identity Center role without its path: access entries need the full ARN "\u2026:role/aws-reserved/sso.amazonaws.com/<region>/{{name}}" (only aws-auth drops the path)'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const problem = principalProblem(e.principal);
      if (!problem) continue;
      const principal = render(e.principal);
      const { messageId, data } = describe2(problem, e.principal, e.tool === "terraform");
      report2({ messageId, at: e, field: "principal", principal: known(e.principal), data: { principal, ...data } });
    }
  }
});
function describe2(p, principal, terraform) {
  switch (p.kind) {
    case "malformed":
      return { messageId: "malformed", data: { why: p.why } };
    case "partition":
      return { messageId: "partition", data: { partition: p.partition, partitions: PARTITIONS.join(", ") } };
    case "service":
      return { messageId: "service", data: { service: p.service } };
    case "assumed-role": {
      const role = p.role?.startsWith("AWSReservedSSO_") ? `aws-reserved/sso.amazonaws.com/<region>/${p.role}` : p.role;
      const fixed = roleArnOf(parseArn(principal), role ?? "<role name>");
      const pathNote = role === p.role ? " (with its path, if it has one)" : "";
      return { messageId: terraform ? "assumedRoleTf" : "assumedRole", data: { fixed, pathNote } };
    }
    case "sts-session":
      return { messageId: "stsSession", data: {} };
    case "region":
      return { messageId: "region", data: { region: p.region } };
    case "account":
      return { messageId: "account", data: { account: p.account } };
    case "service-linked":
      return { messageId: "serviceLinked", data: {} };
    case "group":
      return { messageId: "group", data: {} };
    case "root":
      return { messageId: "root", data: {} };
    case "not-principal":
      return { messageId: "notPrincipal", data: { what: p.what } };
    case "sso-path":
      return { messageId: "ssoPath", data: { name: p.name } };
  }
}

// rules/access-entry/invalid-type/rule.ts
function intended(type) {
  const norm2 = type.trim().toUpperCase().replace(/[\s-]+/g, "_");
  return ENTRY_TYPES.includes(norm2) ? norm2 : void 0;
}
var rule_default5 = defineRule({
  id: "access-entry/invalid-type",
  severity: "error",
  description: "An access entry type must be exactly one of the EKS type names, in upper case",
  rationale: 'EKS knows the types `STANDARD`, `EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `EC2` (Auto Mode), `HYBRID_LINUX` and `HYPERPOD_LINUX`, and compares them case-sensitively. Neither the CloudFormation schema nor the API model has an enum, so a wrong value passes every template check and fails at deploy: `Standard`, as the CloudFormation and API docs once spelled it, failed with "AccessEntry type must be one of [EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, STANDARD]", and the user guide still writes `EC2_Windows`. Terraform\'s provider checks the value case-sensitively at plan time. `HYPERPOD_LINUX` is a valid EKS type; some Terraform AWS provider versions do not accept it yet, which depends on the provider version and is not reported.',
  sources: [
    "reference/eks-api-schemas.md \xA71.1, \xA72.2, \xA74.1",
    "https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html",
    "https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2116",
    "https://github.com/aws/aws-cdk/pull/31147"
  ],
  remediation: "Write the type exactly: `STANDARD`, `EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `EC2`, `HYBRID_LINUX` or `HYPERPOD_LINUX`.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  fixable: true,
  messages: {
    casing: 'Type "{{type}}" must be "{{fixed}}": types are matched exactly, so the entry is rejected',
    unknown: 'Type "{{type}}" is not an access entry type: use one of {{valid}}'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = known(e.type);
      if (!type || ENTRY_TYPES.includes(type)) continue;
      const fixed = intended(type);
      report2({
        messageId: fixed ? "casing" : "unknown",
        at: e,
        field: "type",
        principal: known(e.principal),
        data: fixed ? { type, fixed } : { type, valid: ENTRY_TYPES.join(", ") },
        ...fixed ? { fix: { replace: fixed } } : {}
      });
    }
  }
});

// rules/access-entry/node-principal-not-role/rule.ts
var ROLE_ONLY = [...NODE_TYPES, "EC2"];
var rule_default6 = defineRule({
  id: "access-entry/node-principal-not-role",
  severity: "error",
  description: "A node access entry must name an IAM role, not an IAM user",
  rationale: "Nodes authenticate with the credentials of the role their instance profile, Fargate profile or hybrid activation gives them, so entries of type `EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX` and `EC2` take an IAM role ARN only (CreateAccessEntry principalArn doc): a node never signs in as an IAM user. `HYPERPOD_LINUX` is not judged: what principal it takes is not documented.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3",
    "https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html"
  ],
  remediation: "Name the node role (the role of the instance profile, the Fargate pod execution role, the hybrid nodes role), or make the entry STANDARD if it is for a person.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: { user: 'type {{type}} needs an IAM role, but "{{principal}}" is an IAM user: name the node role instead' },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !ROLE_ONLY.includes(type) || !isIamUser(e.principal)) continue;
      report2({ messageId: "user", at: e, field: "principal", principal: known(e.principal), data: { type, principal: render(e.principal) } });
    }
  }
});

// rules/access-entry/policy-on-non-standard/rule.ts
var rule_default7 = defineRule({
  id: "access-entry/policy-on-non-standard",
  severity: "error",
  description: "Node access entries (EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, HYBRID_LINUX) take no access policies",
  rationale: 'EKS gives node entries their Kubernetes identity itself; AssociateAccessPolicy on them fails with `This operation can only be performed on Access Entries with a type of "STANDARD".` (the API model and the user guide say the same; eksctl refuses "accessPolicies when type is set to \u2026"). In CloudFormation that is an `AccessPolicies` item of the entry, in Terraform an `aws_eks_access_policy_association` provably joined to the entry (terraform-aws-modules skips these associations itself). `EC2` (Auto Mode) entries do take policies (`AmazonEKSAutoNodePolicy` is how a custom NodeClass role gets access), and neither for them nor for `HYPERPOD_LINUX` is it documented which policies are refused: not judged.',
  sources: [
    "reference/eks-api-schemas.md \xA71.1, \xA72.2, \xA74.2, \xA74.5",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html",
    "https://github.com/aws-controllers-k8s/community/issues/2144"
  ],
  remediation: "Remove the policy from the node entry. If the principal also needs Kubernetes permissions, it is not (only) a node: give that use its own STANDARD entry.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    policy: "type {{type}} takes no access policies: remove {{policy}} (EKS rejects policy associations on node entries)"
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !NODE_TYPES.includes(type)) continue;
      for (const p of e.policies) {
        const arn = render(p.policyArn);
        const name = /cluster-access-policy\/([^/]+)$/.exec(arn)?.[1];
        report2({ messageId: "policy", at: p, field: "policyArn", principal: known(e.principal), data: { type, policy: name ?? `"${arn}"` } });
      }
    }
  }
});

// rules/lib/reserved-names.ts
var RESERVED_GROUP_PREFIX = "system:";
function isReservedGroup(t) {
  return !!t && knownPrefix(t).startsWith(RESERVED_GROUP_PREFIX);
}
var NODE_GROUPS = ["system:bootstrappers", "system:nodes", "system:node-proxier"];

// rules/access-entry/reserved-group/rule.ts
var rule_default8 = defineRule({
  id: "access-entry/reserved-group",
  severity: "error",
  description: "An access entry's Kubernetes groups must not start with system:",
  rationale: 'EKS rejects a `system:` group on an access entry: "The kubernetes group name system:masters is invalid, it cannot start with system:". That rules out the aws-auth habits `system:masters` (use the `AmazonEKSClusterAdminPolicy` access policy at cluster scope, as eksctl\'s migrator does) and `system:nodes`/`system:bootstrappers` (a node role needs a node type, and EKS adds those groups itself). Only STANDARD entries (and entries that do not write a type) are judged here: on node types any group is refused (`access-entry/groups-on-non-standard`), and for `EC2` and `HYPERPOD_LINUX` the group rules are not documented.',
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3 (kubernetesGroups), \xA75",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html",
    "https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2915",
    "https://github.com/eksctl-io/eksctl/issues/7446"
  ],
  remediation: "Use a group of your own bound by RBAC, or an access policy: `AmazonEKSClusterAdminPolicy` with a `cluster` scope instead of `system:masters`. For a node role, set the entry's type (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) and remove the groups.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    reserved: 'group "{{group}}" starts with "system:", which EKS rejects: use a group of your own and bind it with RBAC',
    masters: 'group "system:masters" is rejected by EKS: associate the AmazonEKSClusterAdminPolicy access policy with a cluster scope instead',
    node: 'group "{{group}}" is one EKS gives nodes and "system:" is rejected: for a node role set a node type ({{types}}) and remove the groups'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      if (entryType(e.type) !== "STANDARD" || !e.groups) continue;
      e.groups.forEach((g, i) => {
        if (!isReservedGroup(g)) return;
        const group2 = render(g);
        const messageId = group2 === "system:masters" ? "masters" : NODE_GROUPS.includes(group2) ? "node" : "reserved";
        report2({
          messageId,
          at: e,
          field: "groups",
          path: `/${i}`,
          principal: known(e.principal),
          data: { group: group2, types: "EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX or HYBRID_LINUX" }
        });
      });
    }
  }
});

// rules/access-entry/reserved-username/rule.ts
var rule_default9 = defineRule({
  id: "access-entry/reserved-username",
  severity: "error",
  description: "A custom access entry username must not start with system:, eks:, aws:, amazon: or iam:",
  rationale: "EKS keeps the username prefixes `system:`, `eks:`, `aws:`, `amazon:` and `iam:` for itself and rejects a custom username that starts with one, so the entry fails to deploy. A STANDARD entry written with a node username (`system:node:{{EC2PrivateDNSName}}`, copied from aws-auth) is usually a node role that needs a node type instead. Only STANDARD entries (and entries that do not write a type) are judged here: on node types any username is refused (`access-entry/username-on-non-standard`), and for `EC2` and `HYPERPOD_LINUX` the username rules are not documented.",
  sources: [
    "reference/eks-api-schemas.md \xA72.3 (Custom username)",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html",
    "https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html"
  ],
  remediation: "Pick a username of your own namespace (e.g. `ops:{{SessionName}}`), or leave it out: EKS then uses the principal's ARN.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    reserved: 'username "{{username}}" starts with "{{prefix}}", which EKS reserves: use a prefix of your own, e.g. "{{suggestion}}"',
    node: 'username "{{username}}" is the one EKS gives nodes and "system:" is reserved: for a node role set the type ({{types}}) and remove the username'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      if (entryType(e.type) !== "STANDARD") continue;
      const prefix = reservedPrefixOf(e.username);
      if (!prefix) continue;
      const username2 = render(e.username);
      const node = isNodeUsername(e.username);
      report2({
        messageId: node ? "node" : "reserved",
        at: e,
        field: "username",
        principal: known(e.principal),
        data: node ? { username: username2, types: username2.includes("EC2PrivateDNSName") ? "EC2_LINUX or EC2_WINDOWS" : "FARGATE_LINUX or HYBRID_LINUX" } : { username: username2, prefix, suggestion: `ops:${username2.slice(prefix.length) || "{{SessionName}}"}` }
      });
    }
  }
});

// rules/access-entry/username-on-non-standard/rule.ts
function written(t) {
  return !!t && t.parts.some((p) => typeof p === "string" && p !== "");
}
var rule_default10 = defineRule({
  id: "access-entry/username-on-non-standard",
  severity: "error",
  description: "Only STANDARD access entries take a custom username",
  rationale: 'EKS names node principals itself: `system:node:{{EC2PrivateDNSName}}` for `EC2_LINUX` and `EC2_WINDOWS`, `system:node:{{SessionName}}` for `FARGATE_LINUX` and `HYBRID_LINUX`. A username on such an entry is not accepted: the Terraform provider docs say so and eksctl refuses the config ("cannot specify accessEntries[i].kubernetesGroups nor accessEntries[i].kubernetesUsername when type is set to \u2026"). Terraform plans and state show the username EKS generated; it is only reported when the configuration writes it. `EC2` and `HYPERPOD_LINUX` are not judged: whether they take a username is not documented.',
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA74.1, \xA75",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"
  ],
  remediation: "Remove the username from the node entry: EKS sets it. A person or workload that needs a username gets its own STANDARD entry.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    username: 'type {{type}} takes no username: remove "{{username}}" (EKS names the node "{{generated}}" itself)',
    generated: 'type {{type}} takes no username: remove "{{username}}" (EKS sets exactly this username itself)'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !NODE_TYPES.includes(type) || !written(e.username)) continue;
      const generated2 = type.startsWith("EC2_") ? "system:node:{{EC2PrivateDNSName}}" : "system:node:{{SessionName}}";
      const username2 = render(e.username);
      report2({ messageId: username2 === generated2 ? "generated" : "username", at: e, field: "username", principal: known(e.principal), data: { type, username: username2, generated: generated2 } });
    }
  }
});

// rules/lib/distance.ts
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

// rules/lib/macros.ts
var AWS_AUTH_MACROS = ["EC2PrivateDNSName", "AccountID", "SessionName", "SessionNameRaw", "AccessKeyID"];
var MACRO = /\{\{([^{}]*)\}\}/g;
function unknownMacros(t, valid = AWS_AUTH_MACROS) {
  if (!t) return [];
  const out = [];
  for (const p of t.parts) {
    if (typeof p !== "string") continue;
    for (const m of p.matchAll(MACRO)) {
      if (valid.includes(m[1])) continue;
      const near = nearest(m[1], valid);
      out.push({ macro: m[0], suggestion: near && `{{${near}}}` });
    }
  }
  return out;
}
function nearest(name, valid) {
  const norm2 = (s) => s.toLowerCase().replace(/[\s_-]/g, "");
  const n = norm2(name);
  if (n === "") return void 0;
  let best;
  for (const v of valid) {
    const d = distance(n, norm2(v));
    const close = d <= Math.max(2, Math.floor(v.length / 3)) || n.length >= 4 && norm2(v).startsWith(n);
    if (close && (!best || d < best.d)) best = { name: v, d };
  }
  return best?.name;
}
var PER_SESSION_MACROS = ["{{SessionName}}", "{{SessionNameRaw}}", "{{AccessKeyID}}", "{{EC2PrivateDNSName}}"];

// rules/access-entry/unknown-macro/rule.ts
var ENTRY_MACROS = ["SessionName", "SessionNameRaw", "AccountID", "AccessKeyID", "EC2PrivateDNSName"];
var rule_default11 = defineRule({
  id: "access-entry/unknown-macro",
  severity: "error",
  description: "Use only macros EKS replaces in access entry usernames, spelled exactly",
  rationale: "EKS replaces `{{SessionName}}` (with `@` turned into `-`) and `{{SessionNameRaw}}` in a custom username; aws-iam-authenticator also renders `{{AccountID}}`, `{{AccessKeyID}}` and `{{EC2PrivateDNSName}}` (whether EKS does so for access entries is not documented, so they are accepted here). Anything else in double braces, including a different case (`{{sessionName}}`) or spaces, is not a macro: the authenticator replaces exact names only, so the username keeps the literal text, every session shares one odd name and RBAC bindings written for the intended name never match.",
  sources: [
    "reference/eks-api-schemas.md \xA72.3 (Custom username), \xA73.2",
    "https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html"
  ],
  remediation: "Spell the macro exactly, e.g. `devs:{{SessionName}}`, or drop it.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    typo: 'username "{{username}}" has {{macro}}, which EKS does not replace: write {{suggestion}}',
    unknown: 'username "{{username}}" has {{macro}}, which EKS does not replace: use {{SessionName}} or {{SessionNameRaw}}, or drop it'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (type && NODE_TYPES.includes(type)) continue;
      for (const m of unknownMacros(e.username, ENTRY_MACROS)) {
        report2({
          messageId: m.suggestion ? "typo" : "unknown",
          at: e,
          field: "username",
          principal: known(e.principal),
          data: { username: render(e.username), macro: m.macro, ...m.suggestion ? { suggestion: m.suggestion } : {} }
        });
      }
    }
  }
});

// rules/lib/entry-identity.ts
import { dirname as dirname6 } from "node:path";
var NAMED = /^[A-Za-z][\w-]*(\.[A-Za-z_][\w-]*)*$/;
var GENERIC = /* @__PURE__ */ new Set(["map", "nesting", "Ref", "mixed", "value", "partition", "account", "PrincipalArn", "NodeRole", "PodExecutionRoleArn"]);
var PER_INSTANCE = /^(each|count|self)\./;
function principalKey(at3, principal) {
  let local = false;
  for (const p of principal.parts) {
    if (typeof p === "string" || p.means === "account" || p.means === "partition") continue;
    if (p.means || GENERIC.has(p.unknown) || !NAMED.test(p.unknown) || PER_INSTANCE.test(p.unknown)) return void 0;
    local = true;
  }
  const arn = render(principal);
  return local ? `${scopeOf(at3)}\0${arn}` : arn;
}
function clusterKey(ctx, at3, ref) {
  const c = ctx.clusterOf(ref);
  if (c) return `cluster\0${fileOf(c)}\0${c.origin.pointer}`;
  if (ref.resource) return `resource\0${ref.resource}`;
  if (ref.name) return `name\0${fileOf(at3)}\0${ref.name}`;
  return void 0;
}
function countable(a, b) {
  if (a.condition || b.condition) return false;
  if (a.tool === "terraform" || b.tool === "terraform") return scopeOf(a) === scopeOf(b);
  return true;
}
function scopeOf(obj) {
  const path = obj.origin.doc.file.path;
  return obj.tool === "terraform" && path.endsWith(".tf.json") ? `module\0${dirname6(path)}` : fileOf(obj);
}
function placeOf(obj, from) {
  const path = obj.origin.doc.logicalPath(obj.origin.pointer);
  return fileOf(obj) === fileOf(from) ? path : `${obj.origin.doc.file.path}: ${path}`;
}
function fileOf(obj) {
  return `${obj.origin.doc.file.path}\0${obj.origin.doc.index}`;
}
function differentNodeTypes(a, b) {
  return !!a && !!b && a !== b && NODE_TYPES.includes(a) && NODE_TYPES.includes(b);
}
function withEarlierEntries(ctx, visit2) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of ctx.model.accessEntries) {
    if (e.condition) continue;
    const pk = principalKey(e, e.principal);
    const ck = clusterKey(ctx, e, e.cluster);
    if (!pk || !ck) continue;
    const key2 = `${ck}\0${pk}`;
    const earlier = seen.get(key2) ?? [];
    visit2(e, earlier.filter((o) => countable(o, e)));
    seen.set(key2, [...earlier, e]);
  }
}

// rules/access-entry/duplicate-principal/rule.ts
var rule_default12 = defineRule({
  id: "access-entry/duplicate-principal",
  severity: "error",
  description: "One principal gets at most one access entry per cluster",
  rationale: "EKS keeps one access entry per IAM principal and cluster. Creating a second one fails with HTTP 409 `ResourceInUseException: The specified access entry resource is already in use on this cluster.`, so the deployment stops at that resource. Principals are compared as written (EKS documents no case folding for access entries); two objects count only when they provably name one cluster (the same cluster resource, a scanned cluster both resolve to, or the same literal name in one file). Entries under a CloudFormation Condition may not exist and are not counted, and Terraform entries are compared within one file, or one folder of `*.tf.json` configuration (a plan, a state and a configuration of one root module describe the same resources, and so do the plans of two workspaces). Two entries of different node types for one role are reported by `access-entry/shared-node-role` instead.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3",
    "https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2977",
    "https://github.com/terraform-aws-modules/terraform-aws-eks/issues/3293"
  ],
  remediation: "Keep one entry per principal: merge the groups, username and access policies into it and delete the other.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    duplicate: "{{principal}} already has an access entry on this cluster ({{other}}): EKS rejects this second one (409 ResourceInUseException); merge them into one entry"
  },
  check(ctx, report2) {
    withEarlierEntries(ctx, (e, earlier) => {
      const first = earlier.find((o) => !differentNodeTypes(entryType(o.type), entryType(e.type)));
      if (first) {
        report2({ messageId: "duplicate", at: e, field: "principal", principal: known(e.principal), data: { principal: render(e.principal), other: placeOf(first, e) } });
      }
    });
  }
});

// rules/access-entry/shared-node-role/rule.ts
var rule_default13 = defineRule({
  id: "access-entry/shared-node-role",
  severity: "error",
  description: "One IAM role cannot be the node role of two node types on one cluster",
  rationale: "A node access entry's type (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) decides the username and groups EKS gives the role, and it cannot be changed after creation. A cluster holds one access entry per principal, so a role cannot have entries of two node types: the second fails with HTTP 409 `ResourceInUseException`, and the nodes it was meant for cannot join. Entries are linked as in `access-entry/duplicate-principal` (same principal as written, provably the same cluster, no CloudFormation Condition, Terraform within one file or configuration folder).",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"
  ],
  remediation: "Give each kind of node its own IAM role (e.g. one for Linux nodes, one for Windows nodes, one for Fargate pods) and one entry per role.",
  tags: ["access-entry", "availability"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    shared: "role {{principal}} already has an entry of type {{otherType}} on this cluster ({{other}}): a role gets one entry per cluster, so this {{type}} entry fails (409); use a separate role for {{type}} nodes"
  },
  check(ctx, report2) {
    withEarlierEntries(ctx, (e, earlier) => {
      const type = entryType(e.type);
      const first = earlier.find((o) => differentNodeTypes(entryType(o.type), type));
      if (first) {
        report2({
          messageId: "shared",
          at: e,
          field: "type",
          principal: known(e.principal),
          data: { principal: render(e.principal), type, otherType: entryType(first.type), other: placeOf(first, e) }
        });
      }
    });
  }
});

// rules/access-entry/managed-node-role/rule.ts
var VIA = { nodegroup: "managed node group", fargate: "Fargate profile" };
var rule_default14 = defineRule({
  id: "access-entry/managed-node-role",
  severity: "warning",
  description: "Do not create access entries for managed node group or Fargate profile roles",
  rationale: "For the role of a managed node group or a Fargate profile, EKS creates the access entry (or the aws-auth row) itself: \"It's unnecessary to create an access entry for an IAM role that's used for a managed node group or a Fargate profile.\" An entry of your own for the same role on the same cluster is redundant, and since a cluster holds one entry per principal it is likely to collide with the one EKS creates (409 `ResourceInUseException`) \u2014 an inference, hence a warning. Roles are compared as written, on provably the same cluster, Terraform within one file or configuration folder; objects under a CloudFormation Condition are not counted; a cluster known to be in `CONFIG_MAP` mode is left to `cluster/access-entries-need-api-mode`.",
  sources: [
    "reference/eks-api-schemas.md \xA71.3, \xA72.3",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"
  ],
  remediation: "Delete this access entry and let EKS manage the node role's access; give other uses of the role a role of their own.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    managed: "{{principal}} is the role of the {{via}} {{other}}: EKS creates its access entry itself, so this one is redundant and may collide with it (409); remove it"
  },
  check(ctx, report2) {
    const roles = ctx.model.nodeRoles.flatMap((n) => {
      const pk = principalKey(n, n.role);
      const ck = clusterKey(ctx, n, n.cluster);
      return pk && ck ? [{ n, key: `${ck}\0${pk}` }] : [];
    });
    if (roles.length === 0) return;
    for (const e of ctx.model.accessEntries) {
      const pk = principalKey(e, e.principal);
      const ck = clusterKey(ctx, e, e.cluster);
      if (!pk || !ck || known(ctx.clusterOf(e.cluster)?.authenticationMode) === "CONFIG_MAP") continue;
      const match = roles.find((r) => r.key === `${ck}\0${pk}` && countable(r.n, e));
      if (!match) continue;
      report2({
        messageId: "managed",
        at: e,
        field: "principal",
        principal: known(e.principal),
        data: { principal: render(e.principal), via: VIA[match.n.via], other: placeOf(match.n, e) }
      });
    }
  }
});

// rules/access-entry/no-permissions/rule.ts
var rule_default15 = defineRule({
  id: "access-entry/no-permissions",
  severity: "warning",
  description: "A STANDARD access entry should grant something",
  rationale: "A STANDARD entry only lets the principal authenticate. What it may do comes from its access policies and from Kubernetes RBAC bound to its groups or username. With no groups, no access policies and no custom username, a role's entry gets the generated username `arn:aws:sts::<account>:assumed-role/<name>/{{SessionName}}`, which differs per session and so cannot be bound in RBAC: the principal signs in and can do nothing beyond what every authenticated user may. Usually groups or a policy association were forgotten, or were attached to another entry. Unknown groups or policies (an expression, a Terraform association that cannot be joined to its entry, an `Fn::If`) give no finding, and IAM users are left out: their username is their ARN, which RBAC can bind.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.5, \xA74.2",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html"
  ],
  remediation: "Associate an access policy (e.g. `AmazonEKSViewPolicy` for a namespace), or add Kubernetes groups that RBAC binds; delete the entry if the principal needs no access.",
  tags: ["access-entry", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    none: "access entry for {{principal}} has no Kubernetes groups, no access policies and no username: it can sign in but do nothing; add an access policy or groups"
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      if (entryType(e.type) !== "STANDARD" || e.policiesIncomplete || e.policies.length > 0) continue;
      if (!e.groups || e.groups.length > 0) continue;
      if (e.username && known(e.username) !== "") continue;
      if (isIamUser(e.principal) || principalProblem(e.principal)) continue;
      report2({ messageId: "none", at: e, field: "principal", principal: known(e.principal), data: { principal: render(e.principal) } });
    }
  }
});

// rules/access-entry/static-role-username/rule.ts
var rule_default16 = defineRule({
  id: "access-entry/static-role-username",
  severity: "note",
  description: "Give a role's access entry a username with {{SessionName}}",
  rationale: "Everyone who assumes a role uses it through a session of their own. EKS records the Kubernetes username in the audit log; by default an entry for a role gets `arn:aws:sts::<account>:assumed-role/<name>/{{SessionName}}`, so each session is told apart. A fixed custom username (`Username: deployer`) makes every session of the role look the same in the audit log and to RBAC. Keep the session in the name with `{{SessionName}}` (or `{{SessionNameRaw}}`) after a colon. A username with another per-session macro (`{{AccessKeyID}}`, `{{EC2PrivateDNSName}}`) or one the file does not show in full gives no finding.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3 (Custom username)",
    "https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html"
  ],
  remediation: "Write the username as `<name>:{{SessionName}}` (e.g. `deployer:{{SessionName}}`), or leave it out to get EKS's default.",
  tags: ["access-entry", "audit"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    static: 'every session of role {{principal}} signs in as "{{username}}": sessions cannot be told apart in audit logs; write "{{suggestion}}"'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const username2 = known(e.username);
      if (!username2 || entryType(e.type) !== "STANDARD" || !isRole(e.principal)) continue;
      if (PER_SESSION_MACROS.some((m) => username2.includes(m)) || reservedPrefixOf(e.username) || unknownMacros(e.username).length > 0) continue;
      report2({
        messageId: "static",
        at: e,
        field: "username",
        principal: known(e.principal),
        data: { principal: render(e.principal), username: username2, suggestion: `${username2}:{{SessionName}}` }
      });
    }
  }
});
function isRole(t) {
  const arn = parseArn(t);
  return !!arn && arn.service === "iam" && knownPrefix(arn.resource).startsWith("role/");
}

// rules/access-entry/iam-user/rule.ts
var rule_default17 = defineRule({
  id: "access-entry/iam-user",
  severity: "note",
  description: "Prefer IAM roles to IAM users as access entry principals",
  rationale: "An IAM user signs in with long-term access keys, which leak, are rarely rotated and outlive the person or job they were made for. A role is assumed for a session with temporary credentials (by people through IAM Identity Center or a federation, by workloads through their own identity), and the session name shows up in the Kubernetes username. STANDARD entries accept users, so this is advice; a user on a node-type entry is an error reported by `access-entry/node-principal-not-role`.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"
  ],
  remediation: "Grant the access to an IAM role the person or workload assumes, and remove the user's entry.",
  tags: ["access-entry", "security"],
  securitySeverity: 3,
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: { user: "{{principal}} is an IAM user (long-term credentials): grant the access to a role it assumes instead" },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (type && type !== "STANDARD" || !isIamUser(e.principal)) continue;
      report2({ messageId: "user", at: e, field: "principal", principal: known(e.principal), data: { principal: render(e.principal) } });
    }
  }
});

// rules/access-entry/index.ts
var accessEntryRules = [
  rule_default3,
  rule_default2,
  rule_default,
  rule_default5,
  rule_default10,
  rule_default7,
  rule_default6,
  rule_default4,
  rule_default9,
  rule_default8,
  rule_default11,
  rule_default12,
  rule_default13,
  rule_default14,
  rule_default15,
  rule_default16,
  rule_default17
];

// rules/lib/access-policies.ts
var KNOWN_POLICIES = [
  // Most common first: a tie in the typo suggestion goes to the earlier name.
  "AmazonEKSClusterAdminPolicy",
  "AmazonEKSAdminPolicy",
  "AmazonEKSEditPolicy",
  "AmazonEKSViewPolicy",
  "AmazonEKSAdminViewPolicy",
  "AmazonEKSSecretReaderPolicy",
  "AmazonEKSAutoNodePolicy",
  "AmazonEKSBlockStoragePolicy",
  "AmazonEKSComputePolicy",
  "AmazonEKSBlockStorageClusterPolicy",
  "AmazonEKSComputeClusterPolicy",
  "AmazonEKSHybridPolicy",
  "AmazonEKSClusterInsightsPolicy",
  "AmazonEKSLoadBalancingPolicy",
  "AmazonEKSLoadBalancingClusterPolicy",
  "AmazonEKSNetworkingPolicy",
  "AmazonEKSNetworkingClusterPolicy",
  "AmazonEMRJobPolicy",
  "AmazonSagemakerHyperpodClusterPolicy",
  "AmazonSagemakerHyperpodControllerPolicy",
  "AmazonSagemakerHyperpodSystemNamespacePolicy",
  "AmazonAIOpsAssistantPolicy",
  "AmazonARCRegionSwitchScalingPolicy",
  // Known with low confidence (third-party `list-access-policies` output).
  "AIDevOpsAgentAccessPolicy",
  "AmazonEKSACKPolicy",
  "AmazonEKSArgoCDPolicy",
  "AmazonEKSArgoCDClusterPolicy",
  "AmazonEKSEventPolicy",
  "AmazonEKSKROPolicy",
  "AmazonEKSPodIdentityPolicy",
  "AmazonEKSSecretAdminPolicy",
  "AmazonSagemakerHyperpodSpacePolicy",
  "AmazonSagemakerHyperpodSpaceTemplatePolicy",
  "AmazonSagemakerHyperpodUserClusterPolicy",
  "AmazonSagemakerHyperpodInferenceMonitoringPolicy"
];
var SERVICE_ONLY_POLICIES = {
  AmazonEKSBlockStoragePolicy: "EKS associates it itself when Auto Mode is enabled",
  AmazonEKSComputePolicy: "EKS associates it itself when Auto Mode is enabled",
  AmazonEKSBlockStorageClusterPolicy: "EKS associates it itself when Auto Mode is enabled",
  AmazonEKSComputeClusterPolicy: "EKS associates it itself when Auto Mode is enabled",
  AmazonEKSHybridPolicy: "hybrid nodes need a HYBRID_LINUX access entry and no policy",
  AmazonEKSClusterInsightsPolicy: "EKS manages it for Cluster Insights"
};
var IAM_ROLE_POLICIES = /* @__PURE__ */ new Set([
  "AmazonEKSClusterPolicy",
  "AmazonEKSServicePolicy",
  "AmazonEKSWorkerNodePolicy",
  "AmazonEKSWorkerNodeMinimalPolicy",
  "AmazonEKS_CNI_Policy",
  "AmazonEKSVPCResourceController",
  "AmazonEC2ContainerRegistryReadOnly"
]);
var RESOURCE_PREFIX = "cluster-access-policy/";
var showPart = (p) => typeof p === "string" ? p : "${" + p.unknown + "}";
var isMeans = (p, means) => typeof p !== "string" && p.means === means;
function readPolicyArn(t) {
  const whole = known(t);
  if (whole !== void 0 && whole.trim() !== whole) return { problem: "whitespace", offending: whole, fixed: whole.trim() };
  const arn = parseArn(t);
  if (!arn) {
    const prefix = knownPrefix(t);
    if (whole === void 0 && (prefix === "" || "arn:".startsWith(prefix) || prefix.startsWith("arn:"))) return {};
    const bare = whole !== void 0 && /^[A-Za-z0-9]+$/.test(whole) ? whole : void 0;
    return { problem: "not-arn", offending: render(t), ...bare ? { fixed: `arn:aws:eks::aws:${RESOURCE_PREFIX}${bare}` } : {} };
  }
  const resource = known(arn.resource);
  if (arn.service === "iam") {
    const iamName = resource?.split("/").pop();
    const fixed2 = iamName && KNOWN_POLICIES.includes(iamName) ? fixedArn(arn, literal(iamName)) : void 0;
    return { problem: "iam", offending: render(t), ...iamName ? { iamName } : {}, ...fixed2 ? { fixed: fixed2 } : {} };
  }
  const nameText = policyNameText(arn);
  const fixed = nameText ? fixedArn(arn, nameText) : void 0;
  const problem = (p, offending) => ({ problem: p, offending, ...fixed ? { fixed } : {} });
  if (typeof arn.partition === "string" && !PARTITIONS.includes(arn.partition)) return problem("partition", arn.partition);
  if (typeof arn.service === "string" && arn.service !== "eks") return problem("service", arn.service);
  if (typeof arn.region === "string" && arn.region !== "" || isMeans(arn.region, "region")) return problem("region", showPart(arn.region));
  if (typeof arn.account === "string" && arn.account !== "aws" || isMeans(arn.account, "account")) return problem("account", showPart(arn.account));
  if (!resourceFits(arn.resource)) return problem("resource", render(arn.resource));
  return resource !== void 0 ? { name: resource.slice(RESOURCE_PREFIX.length) } : {};
}
function resourceFits(resource) {
  const full = known(resource);
  if (full !== void 0) return full.startsWith(RESOURCE_PREFIX) && /^[^/\s]+$/.test(full.slice(RESOURCE_PREFIX.length));
  const prefix = knownPrefix(resource);
  if (prefix.length <= RESOURCE_PREFIX.length) return RESOURCE_PREFIX.startsWith(prefix);
  return prefix.startsWith(RESOURCE_PREFIX) && /^[^/\s]*$/.test(prefix.slice(RESOURCE_PREFIX.length));
}
function policyNameText(arn) {
  const full = known(arn.resource);
  if (full === void 0) {
    return knownPrefix(arn.resource).startsWith(RESOURCE_PREFIX) ? { parts: dropPrefix(arn.resource.parts) } : void 0;
  }
  const name = full.startsWith(RESOURCE_PREFIX) ? full.slice(RESOURCE_PREFIX.length).trim() : full.split("/").pop() ?? "";
  return /^[A-Za-z0-9_+=,.@-]+$/.test(name) ? literal(name) : void 0;
}
function dropPrefix(parts) {
  const [first, ...rest] = parts;
  return typeof first === "string" ? [first.slice(RESOURCE_PREFIX.length), ...rest].filter((p) => p !== "") : parts;
}
function fixedArn(arn, name) {
  const partition2 = typeof arn.partition === "string" && PARTITIONS.includes(arn.partition) || isMeans(arn.partition, "partition") ? arn.partition : "aws";
  return render(concat(literal("arn:"), { parts: [partition2] }, literal(`:eks::aws:${RESOURCE_PREFIX}`), name));
}
function isIamRolePolicy(name) {
  return IAM_ROLE_POLICIES.has(name);
}
function nearestPolicy(name) {
  const flat = (s) => s.toLowerCase().replace(/[\s_-]/g, "");
  const core = (s) => flat(s).replace(/^amazon/, "").replace(/^eks/, "").replace(/polic(y|ies)$/, "");
  const n = core(name);
  if (n === "") return void 0;
  let best;
  for (const p of KNOWN_POLICIES) {
    const c = core(p);
    const d = Math.min(distance(n, c), distance(flat(name), flat(p)));
    if (d <= Math.max(c.length >= 4 ? 2 : 1, Math.floor(c.length / 3)) && (!best || d < best.d)) best = { name: p, d };
  }
  return best?.name;
}
function policyKey(t) {
  let key2 = "";
  for (const p of t.parts) {
    if (typeof p === "string") key2 += p;
    else if (p.means) key2 += `\0${p.means}\0`;
    else return void 0;
  }
  return key2;
}

// rules/access-policy/duplicate-policy/rule.ts
function scopeOf2(p) {
  const type = p.scopeType ? render(p.scopeType) : "?";
  return p.namespaces && p.namespaces.length > 0 ? `${type} ${p.namespaces.map(render).sort().join(", ")}` : type;
}
var rule_default18 = defineRule({
  id: "access-policy/duplicate-policy",
  severity: "error",
  description: "Associate each access policy with an access entry only once",
  rationale: "An access entry holds a given policy once: associating it again replaces the scope of the first association. Two associations of one policy on one entry therefore leave one, with whichever scope was applied last. In CloudFormation the AccessPolicies items must also be unique (uniqueItems), and their order carries no meaning (insertionOrder: false). In Terraform two `aws_eks_access_policy_association` resources then manage one association: each apply rewrites the other's scope, and destroying one removes the access both describe. Associations that may not exist (a CloudFormation Condition, a Terraform count or for_each) are not counted.",
  sources: [
    "reference/eks-api-schemas.md \xA71.1, \xA72.5, \xA74.2",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html"
  ],
  remediation: "Keep one association per policy. To grant it in several namespaces, list them all in that one scope.",
  tags: ["access-policy", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    same: "{{name}} is associated with this entry twice (scope {{scope}} both times): remove the repeat",
    differ: "{{name}} is associated with this entry twice, with scopes {{other}} and {{scope}}: only one association exists, and it keeps the scope applied last; keep one (list every namespace in its scope)"
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const first = /* @__PURE__ */ new Map();
      for (const p of e.policies) {
        if (p.condition) continue;
        const key2 = policyKey(p.policyArn);
        if (key2 === void 0) continue;
        const earlier = first.get(key2);
        if (!earlier) {
          first.set(key2, p);
          continue;
        }
        const scope = scopeOf2(p);
        const other = scopeOf2(earlier);
        const name = render(p.policyArn).split("/").pop() ?? render(p.policyArn);
        report2({
          messageId: scope === other ? "same" : "differ",
          at: p,
          field: "policyArn",
          principal: known(e.principal),
          data: { name, scope, other }
        });
      }
    }
  }
});

// rules/access-policy/invalid-policy-arn/rule.ts
var SHAPE = "arn:<partition>:eks::aws:cluster-access-policy/<Name>";
var rule_default19 = defineRule({
  id: "access-policy/invalid-policy-arn",
  severity: "error",
  description: "An access policy ARN must be arn:<partition>:eks::aws:cluster-access-policy/<Name>",
  rationale: 'EKS access policies are named `arn:<partition>:eks::aws:cluster-access-policy/<Name>`: service `eks`, an empty region, the literal account `aws` and a `cluster-access-policy/` resource. Anything else names no access policy, so AssociateAccessPolicy fails and the CloudFormation stack or Terraform apply with it (eksctl refuses it up front: "must be a cluster-access-policy resource"). The usual mistake is an IAM managed policy ARN (`arn:aws:iam::aws:policy/\u2026`): IAM policies go on the role, access policies on the access entry. Parts that are not known (`${AWS::Partition}`, as CDK writes it) are not held against the ARN.',
  sources: [
    "reference/eks-api-schemas.md \xA71.1, \xA72.5, \xA74.2, \xA75",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html",
    "https://docs.aws.amazon.com/eks/latest/APIReference/API_AssociateAccessPolicy.html"
  ],
  remediation: `Write the access policy's ARN, e.g. \`arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\` (\`aws eks list-access-policies\` lists them).`,
  tags: ["access-policy", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    notArn: 'policy ARN "{{value}}" is not an ARN: {{fix}}',
    whitespace: 'policy ARN "{{value}}" has leading or trailing whitespace: write "{{fixed}}"',
    iam: '"{{value}}" is an IAM managed policy ARN, not an EKS access policy: {{fix}}',
    partition: 'partition "{{part}}" of "{{value}}" is not an AWS partition: {{fix}}',
    service: 'service "{{part}}" of "{{value}}" must be "eks": {{fix}}',
    region: 'access policy ARNs have an empty region, but "{{value}}" has "{{part}}": {{fix}}',
    account: 'the account of an access policy ARN is the literal "aws", not "{{part}}": {{fix}}',
    resource: '"{{part}}" is not a cluster access policy (the resource must be cluster-access-policy/<Name>): {{fix}}'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      for (const p of e.policies) {
        const r = readPolicyArn(p.policyArn);
        if (!r.problem) continue;
        let fix2 = r.fixed ? `write "${r.fixed}"` : `write ${SHAPE}`;
        if (r.problem === "iam" && !r.fixed) {
          fix2 = r.iamName && isIamRolePolicy(r.iamName) ? `${r.iamName} belongs on the IAM role; associate an access policy here (${SHAPE}, e.g. AmazonEKSViewPolicy)` : `access policies are ${SHAPE}; attach IAM policies to the role instead`;
        }
        report2({
          messageId: r.problem === "not-arn" ? "notArn" : r.problem,
          at: p,
          field: "policyArn",
          principal: known(e.principal),
          data: { value: render(p.policyArn), part: r.offending ?? "", fix: fix2, fixed: r.fixed ?? "" }
        });
      }
    }
  }
});

// rules/access-policy/invalid-scope/rule.ts
var SCOPES = ["cluster", "namespace"];
var LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function badNamespace(ns) {
  if (ns.includes("*")) return /[^a-z0-9*-]/.test(ns) || /^[^*]+\*$/.test(ns) && !/^[a-z0-9]/.test(ns);
  return ns.length > 63 || !LABEL.test(ns);
}
var rule_default20 = defineRule({
  id: "access-policy/invalid-scope",
  severity: "error",
  description: "An access scope is `cluster`, or `namespace` with valid, distinct namespaces",
  rationale: "The scope type is an enum of exactly `cluster` and `namespace`, lowercase (API `AccessScopeType`, CloudFormation `AccessScope.Type`; Terraform does not validate it, so a wrong value fails only at apply). A `namespace` scope needs at least one namespace, and a `cluster` scope covers every namespace, so namespaces there are a contradiction (eksctl rejects both). Namespaces are DNS-1123 labels (lowercase letters, digits, `-`); a name that is not one matches no namespace. A trailing `*` wildcard (`dev-*`) is documented and fine. CloudFormation requires the namespaces to be unique (uniqueItems); in Terraform they are a set, so repeats are merged and not reported.",
  sources: [
    "reference/eks-api-schemas.md \xA71.1, \xA72.1, \xA72.5, \xA74.2, \xA75",
    "https://docs.aws.amazon.com/eks/latest/APIReference/API_AccessScope.html",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html",
    "https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names"
  ],
  remediation: "Write `cluster` with no namespaces, or `namespace` with one or more distinct lowercase namespace names (a trailing `*` is allowed).",
  tags: ["access-policy", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  fixable: true,
  messages: {
    case: 'scope type "{{type}}" must be "{{fixed}}": only lowercase "cluster" and "namespace" are accepted',
    type: 'scope type "{{type}}" is not "cluster" or "namespace"{{hint}}',
    noNamespaces: 'scope type "namespace" lists no namespaces: add the namespaces the policy applies to, or use type "cluster"',
    clusterNamespaces: 'scope type "cluster" takes no namespaces ({{namespaces}}): use type "namespace" to limit the policy to them, or remove them',
    namespace: 'namespace "{{namespace}}" is not a valid namespace name (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters){{hint}}',
    repeated: `namespace "{{namespace}}" is listed twice: remove the repeat (a scope's namespaces must be unique)`
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const principal = known(e.principal);
      for (const p of e.policies) {
        const written3 = known(p.scopeType);
        let type = written3 !== void 0 && SCOPES.includes(written3) ? written3 : void 0;
        if (written3 !== void 0 && !type) {
          const lower = written3.toLowerCase();
          if (SCOPES.includes(lower)) {
            type = lower;
            report2({ messageId: "case", at: p, field: "scopeType", principal, data: { type: written3, fixed: lower }, fix: { replace: lower } });
          } else {
            const guess = SCOPES.find((s) => lower.includes(s));
            report2({ messageId: "type", at: p, field: "scopeType", principal, data: { type: written3, hint: guess ? `: did you mean "${guess}"?` : "" } });
          }
        }
        const namespaces = p.namespaces;
        if (type === "namespace" && namespaces?.length === 0) {
          report2({ messageId: "noNamespaces", at: p, field: "scopeType", principal });
          continue;
        }
        if (type === "cluster" && namespaces && namespaces.length > 0) {
          report2({ messageId: "clusterNamespaces", at: p, field: "namespaces", key: true, principal, data: { namespaces: namespaces.map(render).join(", ") } });
          continue;
        }
        const seen = /* @__PURE__ */ new Set();
        namespaces?.forEach((t, i) => {
          const ns = known(t);
          if (ns === void 0) return;
          if (badNamespace(ns)) {
            const lower = ns.toLowerCase();
            const hint = lower !== ns && !badNamespace(lower) ? `: write "${lower}"` : "";
            report2({ messageId: "namespace", at: p, field: "namespaces", path: `/${i}`, principal, data: { namespace: ns, hint } });
          } else if (seen.has(ns) && e.tool !== "terraform") {
            report2({ messageId: "repeated", at: p, field: "namespaces", path: `/${i}`, principal, data: { namespace: ns } });
          }
          seen.add(ns);
        });
      }
    }
  }
});

// rules/access-policy/service-only-policy/rule.ts
var rule_default21 = defineRule({
  id: "access-policy/service-only-policy",
  severity: "error",
  description: "Do not associate access policies reserved for AWS service-linked roles",
  rationale: 'The user guide marks AmazonEKSBlockStoragePolicy, AmazonEKSComputePolicy, AmazonEKSBlockStorageClusterPolicy, AmazonEKSComputeClusterPolicy, AmazonEKSHybridPolicy and AmazonEKSClusterInsightsPolicy as "designated for AWS service-linked roles only and cannot be used with customer-managed roles". An access entry you declare always names a customer principal (EKS refuses entries for service-linked roles), so the association is rejected and the deployment with it. EKS creates the entries these policies belong to by itself (Auto Mode, hybrid nodes, Cluster Insights). The Auto Mode LoadBalancing and Networking policies carry no such note and are not reported: EKS also associates them itself, but nothing says a customer role cannot hold them.',
  sources: [
    "reference/eks-api-schemas.md \xA72.3, \xA72.5",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html"
  ],
  remediation: "Remove the association. Let EKS manage the access of its Auto Mode, hybrid-node and Cluster Insights roles.",
  tags: ["access-policy", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    serviceOnly: "{{name}} is reserved for AWS service-linked roles and EKS rejects it on {{principal}}: remove it ({{hint}})"
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      const resource = known(parseArn(e.principal)?.resource);
      if (resource?.startsWith("role/aws-service-role/")) continue;
      for (const p of e.policies) {
        const { name } = readPolicyArn(p.policyArn);
        const hint = name !== void 0 && Object.hasOwn(SERVICE_ONLY_POLICIES, name) ? SERVICE_ONLY_POLICIES[name] : void 0;
        if (!hint) continue;
        report2({
          messageId: "serviceOnly",
          at: p,
          field: "policyArn",
          principal: known(e.principal),
          data: { name, principal: render(e.principal), hint }
        });
      }
    }
  }
});

// rules/access-policy/unknown-policy/rule.ts
var rule_default22 = defineRule({
  id: "access-policy/unknown-policy",
  severity: "warning",
  description: "An access policy ARN names a policy EKS is not known to have",
  rationale: "Access policies are AWS-managed: you cannot create your own, so a well-formed ARN whose name is not one of them (a typo, a wrong case, an IAM policy name) fails when EKS associates it. EKS adds policies over time and the list here may lag behind, so this is a warning, not an error; `aws eks list-access-policies` is the authority.",
  sources: [
    "reference/eks-api-schemas.md \xA72.5",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html"
  ],
  remediation: "Use a name from `aws eks list-access-policies` (e.g. AmazonEKSViewPolicy, AmazonEKSEditPolicy, AmazonEKSAdminPolicy, AmazonEKSClusterAdminPolicy).",
  tags: ["access-policy", "correctness"],
  formats: ["ectl", "cfn", "tf", "cdk"],
  messages: {
    typo: '"{{name}}" is not a known EKS access policy: did you mean "{{suggestion}}"?',
    iamName: '"{{name}}" is an IAM managed policy, not an EKS access policy: attach it to the IAM role and associate an access policy here',
    unknown: '"{{name}}" is not a known EKS access policy: check the name against `aws eks list-access-policies`'
  },
  check({ model }, report2) {
    for (const e of model.accessEntries) {
      for (const p of e.policies) {
        const { name } = readPolicyArn(p.policyArn);
        if (name === void 0 || KNOWN_POLICIES.includes(name)) continue;
        const suggestion = nearestPolicy(name);
        report2({
          messageId: suggestion ? "typo" : isIamRolePolicy(name) ? "iamName" : "unknown",
          at: p,
          field: "policyArn",
          principal: known(e.principal),
          data: { name, suggestion: suggestion ?? "" }
        });
      }
    }
  }
});

// rules/access-policy/index.ts
var accessPolicyRules = [rule_default19, rule_default22, rule_default21, rule_default20, rule_default18];

// rules/lib/mappings.ts
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}
function entryName(m) {
  return `the ${ordinal(m.index + 1)} entry of ${m.section}`;
}
function certain(m) {
  return !m.condition && !m.document.condition;
}

// rules/aws-auth/duplicate-arn/rule.ts
var rule_default23 = defineRule({
  id: "aws-auth/duplicate-arn",
  severity: "error",
  description: "Map each IAM principal once per aws-auth ConfigMap",
  rationale: "The authenticator never reports duplicates; it stores the rows in maps and one silently wins. mapRoles rows are keyed by the lower-cased rolearn, so of two rows for one role (in any case) only the last counts. mapUsers rows are keyed by the userarn as written: an exact repeat keeps the last row, but two spellings that differ only in case are both kept and a lookup returns whichever the Go map yields first, so the caller's username and groups change at random between requests. An ARN in both sections is looked up in mapRoles first, so the mapUsers row never applies. Either way, someone editing the dead row believes it grants what it does not.",
  sources: [
    "reference/authenticator.md \xA74 (Duplicates, precedence, overlaps)",
    "reference/authenticator.md \xA72 (Matching)",
    "reference/eks-api-schemas.md \xA73.3 (ARN matching)"
  ],
  remediation: "Keep one row per ARN and merge the groups you need into it; delete the other rows.",
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    role: 'role ARN "{{arn}}" is already mapped by {{first}}: only the last row for a role counts ({{winner}}), the others are ignored; merge them into one',
    roleCase: 'role ARN "{{arn}}" is already mapped by {{first}} (as "{{other}}"; case does not matter for roles): only the last row counts ({{winner}}), the others are ignored; merge them into one',
    user: 'user ARN "{{arn}}" is already mapped by {{first}}: only the last row for an ARN counts ({{winner}}), the others are ignored; merge them into one',
    userCase: 'user ARN "{{arn}}" differs only in case from "{{other}}" ({{first}}): both rows are kept and which one applies is random per request; keep one',
    bothSections: 'ARN "{{arn}}" is also mapped by {{first}}: mapRoles is looked up first, so this mapUsers row never applies; keep one'
  },
  check({ model }, report2) {
    const byDocument = /* @__PURE__ */ new Map();
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || known(m.arn) === void 0 || !parseArn(m.arn) || !certain(m)) continue;
      const rows = byDocument.get(m.document) ?? [];
      rows.push(m);
      byDocument.set(m.document, rows);
    }
    for (const rows of byDocument.values()) {
      const roles = groupBy(rows.filter((m) => m.section === "mapRoles"), lowerArn);
      const users = rows.filter((m) => m.section === "mapUsers");
      const usersExact = groupBy(users, (m) => known(m.arn));
      const usersLower = groupBy(users, lowerArn);
      for (const group2 of roles.values()) {
        const [first, ...repeats] = group2;
        const other = known(first.arn);
        for (const m of repeats) {
          const arn = known(m.arn);
          report2({
            messageId: other === arn ? "role" : "roleCase",
            at: m,
            field: "arn",
            principal: arn,
            data: { arn, other, first: entryName(first), winner: which(group2.at(-1), m) }
          });
        }
      }
      for (const m of users) {
        const arn = known(m.arn);
        const role = roles.get(lowerArn(m))?.[0];
        if (role) {
          report2({ messageId: "bothSections", at: m, field: "arn", principal: arn, data: { arn, first: entryName(role) } });
          continue;
        }
        const same = usersExact.get(arn);
        if (same[0] !== m) {
          report2({ messageId: "user", at: m, field: "arn", principal: arn, data: { arn, first: entryName(same[0]), winner: which(same.at(-1), m) } });
          continue;
        }
        const other = usersLower.get(lowerArn(m))[0];
        if (other !== m) report2({ messageId: "userCase", at: m, field: "arn", principal: arn, data: { arn, other: known(other.arn), first: entryName(other) } });
      }
    }
  }
});
function which(winner, reported) {
  return winner === reported ? "this one" : entryName(winner);
}
var lowerArn = (m) => known(m.arn).toLowerCase();
function groupBy(items2, key2) {
  const out = /* @__PURE__ */ new Map();
  for (const t of items2) {
    const k = key2(t);
    const group2 = out.get(k);
    if (group2) group2.push(t);
    else out.set(k, [t]);
  }
  return out;
}

// rules/aws-auth/iam-user/rule.ts
var rule_default24 = defineRule({
  id: "aws-auth/iam-user",
  severity: "note",
  description: "Prefer IAM roles to IAM users in aws-auth",
  rationale: "A mapUsers row grants cluster access to an IAM user, who signs in with long-term access keys: they do not expire, are easily copied into laptops and CI variables, and every request looks the same in audit logs. A role is assumed with short-lived credentials, can require MFA or SSO, and with `{{SessionName}}` in its username tells sessions apart. aws-auth itself is deprecated in favour of access entries, where the same advice holds.",
  sources: [
    "reference/authenticator.md \xA71.2 (Accepted keys: mapUsers)",
    "reference/authenticator.md \xA73 (AccessKeyID, SessionName)",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
  ],
  remediation: "Create a role the person or system assumes (through IAM Identity Center, or a trust policy), map that role, and remove the user row.",
  tags: ["aws-auth", "security"],
  securitySeverity: 3,
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    user: 'IAM user "{{arn}}" is mapped: it signs in with long-term access keys; map a role it assumes instead',
    root: 'the root user of "{{arn}}" is mapped: it signs in with long-term credentials; map a role instead'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section !== "mapUsers" || !m.arn) continue;
      const arn = parseArn(m.arn);
      const resource = arn ? knownPrefix(arn.resource) : void 0;
      const whole = known(m.arn) !== void 0;
      if (whole && !arn) continue;
      if (resource === "root" && known(arn.resource) === "root") {
        report2({ messageId: "root", at: m, field: "arn", principal: known(m.arn), data: { arn: render(m.arn) } });
      } else if (resource?.startsWith("user/") || !whole && (!arn || resource === "")) {
        report2({ messageId: "user", at: m, field: "arn", principal: known(m.arn), data: { arn: render(m.arn) } });
      }
    }
  }
});

// rules/aws-auth/map-accounts/rule.ts
var rule_default25 = defineRule({
  id: "aws-auth/map-accounts",
  severity: "warning",
  description: "Avoid mapAccounts: it lets every IAM principal of an account into the cluster",
  rationale: "When a caller matches no mapRoles or mapUsers row but its account is listed in mapAccounts, the authenticator lets it in with its own ARN as username and no groups. Every role, user and session of that account (root included) then authenticates: effectively `system:authenticated` for the whole account, unscoped, without templates or reserved-prefix checks, and every session of a role shares one username. Account IDs are compared as exact strings with the caller's 12-digit account, and nothing checks the list: an item that is not exactly 12 digits (`12345`, an ID that lost its leading zero on the way, a trailing space, an empty item) matches no account at all. Such an item is reported with its own message, at this rule's level.",
  sources: [
    "reference/authenticator.md \xA75 (mapAccounts semantics)",
    "reference/authenticator.md \xA71.3 (mapAccounts unquoted numbers)",
    "reference/eks-api-schemas.md \xA73.1 (Structure and parsing rules)"
  ],
  remediation: "Map the roles that need access by `rolearn` (or give them access entries) and remove the account from mapAccounts. If you keep it, write the 12-digit account ID as a quoted string.",
  tags: ["aws-auth", "security"],
  securitySeverity: 5.5,
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    account: "mapAccounts lets every IAM principal of account {{account}} authenticate (username = its ARN, no groups): map the roles that need access instead",
    malformed: "the {{nth}} mapAccounts item is {{what}}, not a 12-digit account ID, so it matches no account: write the account as a quoted 12-digit string"
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section !== "mapAccounts") continue;
      const value = known(m.arn);
      if (m.arn && !isKnown(m.arn)) {
        report2({ messageId: "account", at: m, field: "arn", data: { account: render(m.arn) } });
      } else if (value !== void 0 && /^\d{12}$/.test(value)) {
        report2({ messageId: "account", at: m, field: "arn", principal: value, data: { account: value } });
      } else {
        const what = value ? `"${value}"` : { map: "a mapping", seq: "a list" }[m.keys[0]?.type] ?? "empty";
        report2({ messageId: "malformed", at: m, field: "arn", data: { nth: ordinal(m.index + 1), what } });
      }
    }
  }
});

// rules/aws-auth/reserved-username/rule.ts
var rule_default26 = defineRule({
  id: "aws-auth/reserved-username",
  severity: "warning",
  description: "Do not give aws-auth principals usernames under the system:, eks:, aws:, amazon: or iam: prefixes",
  rationale: "Kubernetes reserves the `system:` prefix for its own identities, and EKS reserves `system:`, `eks:`, `aws:`, `amazon:` and `iam:` for usernames it manages: an access entry with such a username is rejected. aws-auth does not check (unless EKS configured a reserve list for it, which is not public), so the row works, but the principal then shares a namespace with system components: a name like `system:kube-scheduler` inherits every binding made for that component, audit logs show a system identity, and the row cannot be moved to an access entry as it is. The node usernames EKS itself writes (`system:node:{{EC2PrivateDNSName}}`, `system:node:{{SessionName}}`) are the exception and are not reported.",
  sources: [
    "reference/eks-api-schemas.md \xA72.3 (Custom username)",
    "reference/authenticator.md \xA77 (Optional reserved prefixes)",
    "reference/eks-api-schemas.md \xA73.4 (Rows EKS writes itself)",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"
  ],
  remediation: 'Use a prefix of your own that ends in ":", e.g. `username: "admins:{{SessionName}}"`, and bind RBAC to that name or to a group.',
  tags: ["aws-auth", "security"],
  securitySeverity: 4,
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    reserved: 'username "{{username}}" starts with "{{prefix}}", a prefix reserved for Kubernetes and EKS identities (access entries reject it): use a name of your own, e.g. "{{suggestion}}"',
    reservedNoHint: 'username "{{username}}" starts with "{{prefix}}", a prefix reserved for Kubernetes and EKS identities (access entries reject it): use a name of your own'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      const prefix = reservedPrefixOf(m.username);
      if (!prefix || isNodeUsername(m.username)) continue;
      if (!isKnown(m.username) && NODE_USERNAMES.some((n) => n.startsWith(knownPrefix(m.username)))) continue;
      const username2 = render(m.username);
      const rest = username2.slice(prefix.length);
      const hint = /^[A-Za-z0-9]/.test(rest);
      report2({
        messageId: hint ? "reserved" : "reservedNoHint",
        at: m,
        field: "username",
        principal: known(m.arn),
        data: { username: username2, prefix, suggestion: rest }
      });
    }
  }
});

// rules/aws-auth/static-role-username/rule.ts
var rule_default27 = defineRule({
  id: "aws-auth/static-role-username",
  severity: "note",
  description: "Put {{SessionName}} in the username of a role mapped in aws-auth",
  rationale: "Every session of an assumed role is mapped to the row's username. With a fixed username (`admin`, `deployer`, the role's ARN) all people and pipelines that assume the role act as one Kubernetes user: audit logs and RBAC cannot tell them apart. The authenticator renders `{{SessionName}}` (with `@` replaced by `-`) and `{{SessionNameRaw}}` per request; `{{AccessKeyID}}` and, for instances, `{{EC2PrivateDNSName}}` also differ per session, so usernames with any of these are not reported, nor are the node rows EKS writes.",
  sources: [
    "reference/authenticator.md \xA73 (Username and group templating)",
    "https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html"
  ],
  remediation: 'Add the session name after a fixed prefix and a colon, e.g. `username: "deployer:{{SessionName}}"`.',
  tags: ["aws-auth", "audit"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    fixed: 'role {{role}} is mapped to the fixed username "{{username}}": every session looks the same in audit logs; write e.g. "{{suggestion}}"'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section !== "mapRoles" || !m.arn && !m.fields.sso) continue;
      const username2 = known(m.username);
      if (!username2 || isNodeUsername(m.username)) continue;
      if (PER_SESSION_MACROS.some((macro) => username2.includes(macro))) continue;
      report2({
        messageId: "fixed",
        at: m,
        field: "username",
        principal: known(m.arn),
        data: { role: m.arn ? `"${render(m.arn)}"` : `of ${entryName(m)}`, username: username2, suggestion: suggest(username2) }
      });
    }
  }
});
function suggest(username2) {
  let base = username2.startsWith("arn:") ? username2.slice(username2.lastIndexOf("/") + 1) : username2;
  const reserved = RESERVED_USERNAME_PREFIXES.find((p) => base.startsWith(p));
  if (reserved) base = base.slice(reserved.length);
  base = base.replace(/:+$/, "");
  return `${/^[A-Za-z0-9]/.test(base) ? base : "role"}:{{SessionName}}`;
}

// rules/aws-auth/system-masters/rule.ts
var rule_default28 = defineRule({
  id: "aws-auth/system-masters",
  severity: "warning",
  description: "Avoid granting system:masters through aws-auth",
  rationale: "Members of the Kubernetes group `system:masters` are cluster admins before any authorizer is asked: RBAC and webhook authorization are bypassed, so the grant cannot be narrowed, cannot be revoked by editing a (Cluster)RoleBinding, and no RBAC review shows it. The authenticator gives the group no special treatment, so anyone who can edit aws-auth can hand it out. The EKS replacement is an access entry with `AmazonEKSClusterAdminPolicy` at cluster scope (what eksctl's migration produces), which EKS manages and lists per principal, or an RBAC group bound to the permissions the principal needs.",
  sources: [
    "reference/eks-api-schemas.md \xA73.4 (system:masters bypasses RBAC)",
    "reference/eks-api-schemas.md \xA72.3 (`kubernetesGroups`: the cluster-admin equivalent)",
    "reference/authenticator.md \xA77 (Validation of usernames and groups)",
    "https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html"
  ],
  remediation: "Give the principal an access entry with `AmazonEKSClusterAdminPolicy` at cluster scope (or a narrower policy), or map it to an RBAC group bound to what it needs, and drop `system:masters` from the row.",
  tags: ["aws-auth", "security"],
  securitySeverity: 6,
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    masters: '{{principal}} gets group "system:masters", which bypasses RBAC: prefer an access entry with AmazonEKSClusterAdminPolicy at cluster scope, or an RBAC group'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      m.groups.forEach((g, i) => {
        if (known(g) !== "system:masters") return;
        report2({
          messageId: "masters",
          at: m,
          field: "groups",
          path: `/${i}`,
          principal: known(m.arn),
          data: { principal: m.arn ? `"${render(m.arn)}"` : entryName(m) }
        });
      });
    }
  }
});

// rules/aws-auth/unknown-macro/rule.ts
var LIST = AWS_AUTH_MACROS.map((m) => `{{${m}}}`).join(", ");
var rule_default29 = defineRule({
  id: "aws-auth/unknown-macro",
  severity: "error",
  description: "Use only the macros the authenticator renders in aws-auth usernames and groups",
  rationale: "The authenticator renders exactly five macros in the username and in every group: `{{EC2PrivateDNSName}}`, `{{AccountID}}`, `{{SessionName}}`, `{{SessionNameRaw}}` and `{{AccessKeyID}}`, by plain case-sensitive text replacement. Anything else in double braces, a typo like `{{SessionNames}}`, a different case like `{{sessionname}}`, or an old name like `{{InstanceID}}`, is neither rejected nor rendered: it stays in the name as literal text. A node username then no longer names its node, a per-session username becomes one shared name, and a templated group is a group no RBAC binding names.",
  sources: ["reference/authenticator.md \xA73 (Username and group templating)", "reference/eks-api-schemas.md \xA73.2 (Templates)"],
  remediation: `Spell the macro exactly as one of ${LIST}.`,
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    typo: '{{where}} "{{value}}" has {{macro}}, which the authenticator leaves as literal text: write {{suggestion}}',
    unknown: `{{where}} "{{value}}" has {{macro}}, which the authenticator leaves as literal text: the only macros are ${LIST}`
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts") continue;
      const check = (t, where, field, path) => {
        for (const u of unknownMacros(t)) {
          report2({
            messageId: u.suggestion ? "typo" : "unknown",
            at: m,
            field,
            path,
            principal: known(m.arn),
            data: { where, value: render(t), macro: u.macro, suggestion: u.suggestion ?? "" }
          });
        }
      };
      check(m.username, "username", "username");
      m.groups.forEach((g, i) => check(g, "group", "groups", `/${i}`));
    }
  }
});

// rules/lib/merged-groups.ts
var SPLIT = /\s+-\s+/;
function mergedItems(m, index) {
  const text3 = known(m.groups[index]);
  if (text3 === void 0 || m.groupValues?.[index]?.raw === void 0) return void 0;
  const pieces = text3.split(SPLIT);
  if (pieces.length < 2 || pieces.some((p) => p === "" || /\s/.test(p))) return void 0;
  return pieces;
}

// rules/aws-auth/node-role-groups/rule.ts
var NODE_GROUPS2 = ["system:bootstrappers", "system:nodes"];
var rule_default30 = defineRule({
  id: "aws-auth/node-role-groups",
  severity: "error",
  description: "A node mapping in aws-auth must carry the groups nodes need to join",
  rationale: "Nodes authenticate with the node username (`system:node:{{EC2PrivateDNSName}}`, or `system:node:{{SessionName}}` for Fargate and hybrid nodes) and are authorised through their groups: `system:bootstrappers` lets the kubelet bootstrap, `system:nodes` lets it act as a node, and Fargate pods also need `system:node-proxier`. The rows EKS writes itself always carry these; a row without them leaves nodes unable to join.",
  sources: ["reference/eks-api-schemas.md \xA73.4 (Rows EKS writes itself)", "https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html"],
  remediation: "List `system:bootstrappers` and `system:nodes` under `groups` (Fargate pod execution roles also `system:node-proxier`).",
  tags: ["aws-auth", "availability"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: { missing: 'node mapping "{{username}}" lacks {{missing}}: nodes using this role cannot join' },
  check({ model }, report2) {
    const fargateRoles = new Set(
      model.nodeRoles.filter((n) => n.via === "fargate").map((n) => known(n.role)?.toLowerCase()).filter(Boolean)
    );
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || !isNodeUsername(m.username)) continue;
      if (m.groups.some((g) => g && !isKnown(g))) continue;
      if (m.groups.some((_, i) => mergedItems(m, i))) continue;
      const have = new Set(m.groups.map((g) => known(g)));
      const arn = known(m.arn)?.toLowerCase();
      const required = arn && fargateRoles.has(arn) ? [...NODE_GROUPS2, "system:node-proxier"] : NODE_GROUPS2;
      const missing = required.filter((g) => !have.has(g));
      if (missing.length === 0) continue;
      report2({
        messageId: "missing",
        at: m,
        field: m.fields.groups ? "groups" : "username",
        key: !!m.fields.groups,
        principal: known(m.arn),
        data: { username: known(m.username), missing: missing.map((g) => `"${g}"`).join(" and ") }
      });
    }
  }
});

// rules/aws-auth/role-arn-path/rule.ts
var rule_default31 = defineRule({
  id: "aws-auth/role-arn-path",
  severity: "error",
  description: "Map IAM roles in aws-auth by their ARN without a path",
  rationale: "The authenticator compares the caller's canonical ARN with each rolearn (case-insensitive, otherwise exact). The canonical ARN is built from the STS assumed-role ARN, which carries only the role name, never its path, so `role/team/deployer` can never match and the mapping is dead. The EKS guide says the role ARN \"can't include a path\". Access entries are different: there a path is right.",
  sources: [
    "reference/authenticator.md \xA72 (ARN canonicalization and matching)",
    "https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html",
    "https://github.com/kubernetes-sigs/aws-iam-authenticator/issues/268"
  ],
  remediation: "Write `arn:<partition>:iam::<account>:role/<name>`: drop everything between `role/` and the role name.",
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  fixable: true,
  messages: {
    path: 'role ARN has path "{{path}}": aws-auth only matches "{{fixed}}"',
    sso: 'IAM Identity Center role ARN has path "{{path}}": aws-auth only matches "{{fixed}}"'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section !== "mapRoles") continue;
      const arn = parseArn(m.arn);
      const resource = arn && known(arn.resource);
      const rp = resource ? rolePath(resource) : void 0;
      if (!arn || !rp || rp.path === "/") continue;
      const prefix = render(m.arn).slice(0, render(m.arn).length - resource.length);
      report2({
        messageId: rp.path.startsWith("/aws-reserved/sso.amazonaws.com/") ? "sso" : "path",
        at: m,
        field: "arn",
        principal: known(m.arn),
        data: { path: rp.path, fixed: `${prefix}role/${rp.name}` },
        // Certain only when the whole ARN is literal text.
        ...known(m.arn) !== void 0 ? { fix: { replace: `${prefix}role/${rp.name}` } } : {}
      });
    }
  }
});

// rules/aws-auth/session-name-colon/rule.ts
var rule_default32 = defineRule({
  id: "aws-auth/session-name-colon",
  severity: "warning",
  description: "Put a static prefix with a colon before {{SessionName}} in an aws-auth username",
  rationale: 'For a role that people assume, the session name is chosen by the caller. With `{{SessionName}}` before the first colon, the caller picks the username\'s prefix: `{{SessionName}}:masters` assumed with session name `system` renders `system:masters`. Session names cannot contain ":", so a static prefix ending in ":" fixes the namespace of the username. EKS enforces this for access entries; the authenticator does not for aws-auth.',
  sources: ["reference/authenticator.md \xA73 (The colon rule)", "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"],
  remediation: 'Start the username with a fixed prefix and a colon, e.g. `username: "devs:{{SessionName}}"`.',
  tags: ["aws-auth", "security"],
  securitySeverity: 5,
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: { colon: 'username "{{username}}" has {{macro}} before any ":": the caller chooses its prefix; write e.g. "{{suggestion}}"' },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      const macro = sessionMacroWithoutColon(m.username);
      if (!macro) continue;
      const username2 = known(m.username);
      report2({
        messageId: "colon",
        at: m,
        field: "username",
        principal: known(m.arn),
        data: { username: username2, macro, suggestion: `${m.section === "mapUsers" ? "user" : "role"}:${username2}` }
      });
    }
  }
});

// rules/aws-auth/unparseable-section/rule.ts
var rule_default33 = defineRule({
  id: "aws-auth/unparseable-section",
  severity: "error",
  description: "An aws-auth section that the authenticator cannot parse loads zero entries",
  rationale: 'aws-iam-authenticator parses mapRoles and mapUsers as YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml) and drops the whole section on a syntax error, when the section is not a list, or when a plain value starts with "{" (`username: {{SessionName}}` is a flow mapping used as a key: "invalid map key"). It then replaces its whole in-memory store with what parsed, so node roles in that section vanish and nodes get "ARN is not mapped". PR #607 ("It took only one typo in aws-auth to break a whole EKS cluster") was closed unmerged. A line less indented than the first entry, or a %YAML / %TAG line after content, is subtler: go-yaml ends the document there without an error, so the authenticator loads the entries before that line and silently ignores every entry after it.',
  sources: [
    "reference/authenticator.md \xA71.3, \xA71.4",
    "https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/454",
    "https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/607"
  ],
  remediation: 'Write each section as a `|` block holding a YAML list of mappings, indent every entry like the first, and quote every value that starts with "{", e.g. `username: "{{SessionName}}"`.',
  tags: ["aws-auth", "availability", "security"],
  securitySeverity: 7.5,
  formats: ["cm", "tfk", "cdk"],
  messages: {
    unparseable: "{{message}}: the authenticator loads no entry of this section (lockout)",
    endsEarly: "{{message}}: the authenticator ignores every entry from this line on, without an error"
  },
  check({ model }, report2) {
    for (const doc of model.awsAuth) {
      for (const s of doc.sections) {
        if (s.error) report2({ messageId: "unparseable", at: { origin: s.error.origin, fields: {} }, data: { message: s.error.message } });
        if (s.endsEarly) report2({ messageId: "endsEarly", at: { origin: s.endsEarly.origin, fields: {} }, data: { message: s.endsEarly.message } });
      }
    }
  }
});

// rules/lib/mapping-arn.ts
var MACRO2 = new RegExp(`\\{\\{(${AWS_AUTH_MACROS.join("|")})\\}\\}`);
var NOT_PRINCIPALS2 = {
  policy: "an IAM policy",
  "oidc-provider": "an OIDC provider",
  "saml-provider": "a SAML provider",
  "server-certificate": "a server certificate",
  mfa: "an MFA device"
};
function isPlaceholder(s) {
  return /<[^<>]*>|\{\{[^{}]*\}\}/.test(s) || /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(s.trim());
}
var placeholderField = (p) => typeof p === "string" && /^[A-Z][A-Z0-9_]{2,}$/.test(p) && !PARTITIONS.includes(p.toLowerCase());
var lowerText = (t) => ({ parts: t.parts.map((p) => typeof p === "string" ? p.toLowerCase() : p) });
var str3 = (p) => typeof p === "string" ? p : void 0;
var show = (p) => render({ parts: [p] });
function classifyMappingArn(t) {
  const whole = known(t);
  if (whole === "") return void 0;
  if (whole !== void 0 && whole.trim() === "") return { problem: "unparseable" };
  const macro = t.parts.map((p) => typeof p === "string" ? MACRO2.exec(p)?.[0] : void 0).find(Boolean);
  if (macro) return { problem: "macro", macro };
  if (t.parts.some((p) => typeof p === "string" && isPlaceholder(p))) return void 0;
  const first = t.parts[0];
  const last2 = t.parts[t.parts.length - 1];
  if (typeof first === "string" && /^\s/.test(first) || typeof last2 === "string" && /\s$/.test(last2)) {
    return { problem: "whitespace", fixed: render(t).trim() };
  }
  const lower = parseArn(lowerText(t));
  if (!lower) return whole !== void 0 ? { problem: "unparseable" } : void 0;
  const arn = parseArn(t) ?? lower;
  if ([arn.partition, arn.region, arn.account].some(placeholderField)) return void 0;
  const partition2 = str3(lower.partition);
  if (partition2 !== void 0 && !PARTITIONS.includes(partition2)) return { problem: "partition", partition: str3(arn.partition) };
  const account4 = str3(arn.account);
  if (account4 !== void 0 && !/^\d{12}$/.test(account4)) return { problem: "account", account: account4 };
  const region2 = str3(arn.region);
  if (region2) return { problem: "region", region: region2, fixed: `arn:${show(arn.partition)}:${show(arn.service)}::${show(arn.account)}:${render(arn.resource)}` };
  const service = str3(lower.service);
  if (service === void 0) return void 0;
  if (service === "sts") return sts(arn, lower);
  if (service !== "iam") return { problem: "service", service: str3(arn.service) };
  return iam(arn, lower);
}
function sts(arn, lower) {
  const res = knownPrefix(lower.resource);
  if (res.startsWith("federated-user/")) return { kind: "federated-user" };
  if (res.startsWith("assumed-role/")) {
    const rest = knownPrefix(arn.resource).slice("assumed-role/".length);
    const cut = rest.indexOf("/");
    const role = cut > 0 ? rest.slice(0, cut) : "<role name>";
    return { problem: "assumed-role", fixed: `arn:${show(arn.partition)}:iam::${show(arn.account)}:role/${role}` };
  }
  return known(lower.resource) !== void 0 || res.includes("/") ? { problem: "sts" } : void 0;
}
function iam(arn, lower) {
  const res = knownPrefix(lower.resource);
  const whole = known(lower.resource);
  if (whole === "root") return { kind: "root" };
  const slash = res.indexOf("/");
  if (slash === -1) return whole !== void 0 ? { problem: "not-principal", what: `"${known(arn.resource)}"` } : void 0;
  const type = res.slice(0, slash);
  if (type === "role") return { kind: "role" };
  if (type === "user") return { kind: "user" };
  if (type === "instance-profile") return { problem: "instance-profile", partition: show(arn.partition), account: show(arn.account) };
  if (type === "group") return { problem: "group" };
  return { problem: "not-principal", what: NOT_PRINCIPALS2[type] ?? `an IAM "${knownPrefix(arn.resource).slice(0, slash)}" resource` };
}

// rules/aws-auth/invalid-arn/rule.ts
var rule_default34 = defineRule({
  id: "aws-auth/invalid-arn",
  severity: "error",
  description: "A rolearn or userarn in aws-auth must be the ARN of an IAM role or user",
  rationale: 'The authenticator never parses or canonicalises the ARNs in aws-auth: it accepts any string and compares it, case-insensitively but otherwise exactly, with the caller\'s canonical ARN \u2014 arn:<partition>:iam::<12-digit account>:role/<name> for an assumed role (the STS session ARN with the session dropped), \u2026:user/<name>, \u2026:root, or an STS federated-user ARN. An entry that is no ARN, has an unknown partition, an account that is not 12 digits, a region, stray white space, or names an STS assumed-role session, an instance profile or an IAM group can never be equal to such an ARN, nor can one holding a macro such as `{{AccountID}}` (macros are rendered in usernames and groups only): it loads without an error and silently never matches. The EKS guide says to map the instance role, "not instance profile", and that an IAM group "isn\'t an IAM principal". Placeholders (`<ACCOUNT_ID>`, `NODE_INSTANCE_ROLE`, `${role_arn}`) are values filled in later and are not judged.',
  sources: [
    "reference/authenticator.md \xA72 (ARN canonicalization and matching)",
    "reference/authenticator.md \xA71.3 (rolearn or userarn that is not an ARN)",
    "reference/authenticator.md \xA79 (EKS user-guide rules)",
    "https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html"
  ],
  remediation: "Write the ARN of the IAM role (`arn:<partition>:iam::<account>:role/<name>`) or user (`\u2026:user/<name>`): for a session ARN the role it assumes, for an instance profile the role inside it, for a group its users or a role they assume.",
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    macro: '"{{arn}}" contains {{macro}}, but the authenticator renders macros only in username and groups, never in ARNs: this entry never matches; write the literal value',
    whitespace: '"{{arn}}" has leading or trailing white space: ARNs are compared exactly, so this entry never matches; write "{{fixed}}"',
    unparseable: '"{{arn}}" is not an ARN (arn:<partition>:iam::<account>:{{kind}}/<name>): this entry never matches',
    partition: '"{{arn}}" has partition "{{partition}}", which is not an AWS partition ({{partitions}}): this entry never matches',
    account: '"{{arn}}" has account "{{account}}", which is not 12 digits: this entry never matches',
    region: '"{{arn}}" has region "{{region}}", but the ARNs callers are matched by have none: this entry never matches; write "{{fixed}}"',
    assumedRole: `"{{arn}}" is an STS assumed-role (session) ARN: callers are matched by the role's ARN, so write "{{fixed}}"`,
    sts: '"{{arn}}" is an STS ARN that names no IAM role or user: this entry never matches',
    service: '"{{arn}}" is an ARN of service "{{service}}", not an IAM role or user: this entry never matches',
    instanceProfile: `"{{arn}}" is an instance profile ARN: nodes authenticate as the role inside it, so map arn:{{partition}}:iam::{{account}}:role/<that role's name>`,
    group: '"{{arn}}" is an IAM group ARN: a group is not a principal, so this entry never matches; map its users, or a role they assume',
    notPrincipal: '"{{arn}}" names {{what}}, not an IAM role or user: this entry never matches'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || !m.arn) continue;
      const v = classifyMappingArn(m.arn);
      if (!v || "kind" in v) continue;
      const { problem, ...detail } = v;
      report2({
        messageId: MESSAGE[problem],
        at: m,
        field: "arn",
        principal: known(m.arn),
        data: { arn: render(m.arn), kind: m.section === "mapUsers" ? "user" : "role", partitions: PARTITIONS.join(", "), ...detail }
      });
    }
  }
});
var MESSAGE = {
  whitespace: "whitespace",
  macro: "macro",
  unparseable: "unparseable",
  partition: "partition",
  account: "account",
  region: "region",
  "assumed-role": "assumedRole",
  sts: "sts",
  service: "service",
  "instance-profile": "instanceProfile",
  group: "group",
  "not-principal": "notPrincipal"
};

// rules/aws-auth/arn-kind-mismatch/rule.ts
var rule_default35 = defineRule({
  id: "aws-auth/arn-kind-mismatch",
  severity: "warning",
  description: "Map roles under mapRoles and users under mapUsers",
  rationale: `The authenticator does not check that a mapRoles row names a role or that a mapUsers row names a user: both compare the ARN with the caller's, so a user ARN under mapRoles (or a role ARN under mapUsers) works. It misleads the next reader, though: tools and people that list "the roles mapped in aws-auth" miss it, and a role under mapUsers escapes the role checks \u2014 a path in it, which never matches, goes unnoticed there.`,
  sources: ['reference/authenticator.md \xA72 ("The section is not enforced against the ARN type")', "reference/eks-api-schemas.md \xA73.1"],
  remediation: "Move the row: a role goes under mapRoles as `rolearn`, a user under mapUsers as `userarn`.",
  tags: ["aws-auth", "maintainability"],
  formats: ["cm", "tfk", "cdk"],
  messages: {
    userInRoles: '"{{arn}}" is an IAM user ARN under mapRoles: it matches, but belongs under mapUsers as userarn',
    roleInUsers: '"{{arn}}" is an IAM role ARN under mapUsers: it matches, but belongs under mapRoles as rolearn',
    roleInUsersPath: '"{{arn}}" is an IAM role ARN under mapUsers, and with its path "{{path}}" it never matches: move it under mapRoles as rolearn "{{fixed}}"'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || !m.arn) continue;
      const v = classifyMappingArn(m.arn);
      if (!v || !("kind" in v)) continue;
      const at3 = { at: m, field: "arn", principal: known(m.arn) };
      const arn = render(m.arn);
      if (m.section === "mapRoles" && v.kind === "user") report2({ ...at3, messageId: "userInRoles", data: { arn } });
      if (m.section === "mapUsers" && v.kind === "role") {
        const parsed = parseArn(m.arn);
        const resource = parsed && known(parsed.resource);
        const rp = resource ? rolePath(resource) : void 0;
        if (rp && rp.path !== "/") {
          const fixed = arn.slice(0, arn.length - resource.length) + `role/${rp.name}`;
          report2({ ...at3, messageId: "roleInUsersPath", data: { arn, path: rp.path, fixed } });
        } else report2({ ...at3, messageId: "roleInUsers", data: { arn } });
      }
    }
  }
});

// rules/lib/mapping-keys.ts
var KNOWN_KEYS = {
  mapRoles: ["rolearn", "username", "groups", "sso", "userid"],
  mapUsers: ["userarn", "username", "groups", "userid"]
};
var SSO_KEYS = ["permissionSetName", "accountID", "partition"];
var arnKeyOf = (section) => section === "mapUsers" ? "userarn" : "rolearn";
function knownKey(section, key2) {
  const lower = key2.toLowerCase();
  return KNOWN_KEYS[section].find((k) => k === lower);
}
function unknownKeys(m) {
  if (m.section === "mapAccounts") return [];
  const section = m.section;
  return m.keys.filter((k) => k.key !== "" && !knownKey(section, k.key)).map((k) => ({ key: k, suggestion: suggest2(k, [...KNOWN_KEYS[section]], arnKeyOf(section)) }));
}
function unknownSsoKeys(m) {
  const lower = SSO_KEYS.map((k) => k.toLowerCase());
  return (m.sso?.keys ?? []).filter((k) => k.key !== "" && !lower.includes(k.key.toLowerCase())).map((k) => ({ key: k, suggestion: suggest2(k, SSO_KEYS) }));
}
function meantAs(m, known2) {
  return unknownKeys(m).some((u) => u.suggestion === known2);
}
var norm = (s) => s.toLowerCase().replace(/[-_.\s]/g, "");
function suggest2(k, known2, arnKey) {
  const n = norm(k.key);
  if (arnKey && (n === "rolearn" || n === "userarn")) return arnKey;
  const scored = known2.map((key2) => {
    const kn = norm(key2);
    const d = distance(n, kn);
    const near = d <= 2 || d <= 3 && n.length >= 5;
    const contains = n.length >= 3 && (kn.includes(n) || n.includes(kn));
    return { key: key2, score: near ? d : contains ? 2.5 : Infinity };
  }).filter((c) => c.score < Infinity);
  if (scored.length === 0) return void 0;
  const preferred = k.type === "seq" ? "groups" : k.type === "map" ? "sso" : k.text && /^arn:/i.test(knownPrefix(k.text)) ? arnKey : k.type === "string" ? "username" : void 0;
  if (preferred && scored.some((c) => c.key === preferred)) return preferred;
  return scored.sort((a, b) => a.score - b.score)[0].key;
}

// rules/aws-auth/missing-arn/rule.ts
var WHAT = { string: "a string", number: "a number", boolean: "a boolean", null: "empty", seq: "a list" };
var rule_default36 = defineRule({
  id: "aws-auth/missing-arn",
  severity: "error",
  description: "Every aws-auth entry needs its rolearn (mapRoles) or userarn (mapUsers)",
  rationale: 'After parsing, the authenticator validates each entry and drops the ones that fail, keeping the rest ("Only saving data that was good"): a mapRoles entry needs a `rolearn` (or an `sso` matcher), a mapUsers entry a `userarn`. An entry without one \u2014 or with an empty one, or a value that is not a string (which arrives empty) \u2014 is dropped with only a log line. So is a list item that is not a mapping at all, such as a bare ARN string (`- arn:aws:iam::\u2026`) or an empty `- `. Whoever the entry was meant for gets "ARN is not mapped".',
  sources: [
    "reference/authenticator.md \xA71.3 (entry without rolearn, mapUsers entry without userarn, entry that is a plain string)",
    "reference/authenticator.md \xA71.4 (granularity of failure)",
    "reference/eks-api-schemas.md \xA73.1"
  ],
  remediation: "Give the entry `rolearn: arn:<partition>:iam::<account>:role/<name>` (mapRoles) or `userarn: \u2026:user/<name>` (mapUsers), or delete it.",
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk", "cdk"],
  messages: {
    missing: "{{entry}} has no {{key}}: the authenticator drops it",
    empty: "{{entry}} has an empty {{key}}: the authenticator drops it",
    notString: "the {{key}} of {{entry}} is {{what}}{{shown}}, not a string: it arrives empty and the entry is dropped; write the ARN as a string",
    notMapping: "{{entry}} is {{what}}, not a mapping: the authenticator drops it; write it as `- {{key}}: <ARN>`",
    bareArn: '{{entry}} is just the string "{{value}}", not a mapping: the authenticator drops it; write `- {{key}}: {{value}}`',
    nullItem: '{{entry}} is an empty list item: the authenticator drops it ("{{why}}"); remove it or fill it in'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts") continue;
      const key2 = arnKeyOf(m.section);
      const entry3 = entryName(m);
      if (m.item) {
        notMapping(m, key2, entry3, report2);
        continue;
      }
      if (m.keys.some((k) => k.key.toLowerCase() === "sso") || meantAs(m, key2)) continue;
      const written3 = m.keys.filter((k) => k.key.toLowerCase() === key2).pop();
      if (!written3) {
        report2({ messageId: "missing", at: m, data: { entry: entry3, key: key2 } });
        continue;
      }
      const at3 = { at: m, field: "arn" };
      if (written3.type === "string") {
        if (isKnown(written3.text) && known(written3.text) === "") report2({ ...at3, messageId: "empty", data: { entry: entry3, key: key2 } });
      } else if (written3.type === "null") report2({ ...at3, key: true, messageId: "empty", data: { entry: entry3, key: key2 } });
      else report2({ ...at3, messageId: "notString", data: { entry: entry3, key: key2, what: WHAT[written3.type] ?? "a mapping", shown: written3.raw ? ` (${written3.raw})` : "" } });
    }
  }
});
function notMapping(m, key2, entry3, report2) {
  const item = m.item;
  if (item.type === "null") {
    const why = m.section === "mapUsers" ? "value for userarn must be supplied" : "one of rolearn or SSO must be supplied";
    report2({ messageId: "nullItem", at: m, data: { entry: entry3, why } });
    return;
  }
  if (item.type === "string") {
    const value = known(item.text)?.trim();
    if (value === void 0) return;
    if (/^arn:/i.test(value)) {
      report2({ messageId: "bareArn", at: m, principal: value, data: { entry: entry3, key: key2, value } });
      return;
    }
  }
  report2({ messageId: "notMapping", at: m, data: { entry: entry3, key: key2, what: WHAT[item.type] ?? "a mapping" } });
}

// rules/aws-auth/unknown-key/rule.ts
var LOSS = {
  rolearn: "the entry has no rolearn and is dropped",
  userarn: "the entry has no userarn and is dropped",
  username: "the mapping gets an empty username",
  groups: "the mapping gets no groups",
  sso: "the entry has no sso matcher",
  userid: "nothing (userid is not used for aws-auth)",
  permissionSetName: "the matcher has no permission set and the entry is dropped",
  accountID: "the matcher has no account and the entry is dropped",
  partition: "the matcher has no partition"
};
var rule_default37 = defineRule({
  id: "aws-auth/unknown-key",
  severity: "error",
  description: "Use only the keys aws-iam-authenticator reads in an aws-auth entry",
  rationale: "The authenticator decodes each entry with encoding/json, which silently ignores keys it does not know: no error, not even a log line. A typo such as `usernme`, `group`, `role_arn` or `arn` therefore leaves the mapping without its username or groups, or drops the entry for lack of a rolearn, and nothing says why. mapRoles reads rolearn, username, groups, sso and userid; mapUsers reads userarn, username, groups and userid; an sso matcher reads permissionSetName, accountID and partition (names are matched ignoring case \u2014 see aws-auth/key-case). Only keys close to a known one are reported, with the key they most likely meant; other extra keys change nothing.",
  sources: ["reference/authenticator.md \xA71.2 (Accepted keys)", "reference/eks-api-schemas.md \xA73.1"],
  remediation: "Rename the key to the one the authenticator reads (the message names it).",
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk", "cdk"],
  messages: {
    unknown: 'key "{{key}}" is not read by the authenticator and is silently ignored, so {{loss}}: write "{{suggestion}}"',
    otherSection: 'key "{{key}}" is only read under {{other}}: under {{section}} it is ignored, so {{loss}}; write "{{suggestion}}" (or move the entry)',
    shadowed: 'key "{{key}}" is not read by the authenticator and is silently ignored; "{{suggestion}}" is also written and applies: remove "{{key}}" or merge it into "{{suggestion}}"',
    ssoInUsers: 'key "{{key}}" is only read under mapRoles: under mapUsers it is ignored; move this entry to mapRoles'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts") continue;
      const section = m.section;
      const other = section === "mapRoles" ? "mapUsers" : "mapRoles";
      for (const { key: key2, suggestion } of unknownKeys(m)) {
        const at3 = { at: { origin: key2.origin, fields: {} }, key: true, principal: known(m.arn) };
        const lower = key2.key.toLowerCase();
        if (section === "mapUsers" && lower === "sso") {
          report2({ ...at3, messageId: "ssoInUsers", data: { key: key2.key } });
        } else if (lower === arnKeyOf(other)) {
          const id = written2(m.keys, suggestion) ? "shadowed" : "otherSection";
          report2({ ...at3, messageId: id, data: { key: key2.key, section, other, suggestion, loss: LOSS[suggestion] } });
        } else if (suggestion) {
          report2({ ...at3, messageId: written2(m.keys, suggestion) ? "shadowed" : "unknown", data: { key: key2.key, suggestion, loss: LOSS[suggestion] } });
        }
      }
      for (const { key: key2, suggestion } of unknownSsoKeys(m)) {
        if (!suggestion) continue;
        const id = written2(m.sso.keys, suggestion) ? "shadowed" : "unknown";
        report2({ at: { origin: key2.origin, fields: {} }, key: true, messageId: id, data: { key: key2.key, suggestion, loss: LOSS[suggestion] } });
      }
    }
  }
});
var written2 = (keys, known2) => keys.some((k) => k.key.toLowerCase() === known2.toLowerCase());

// rules/aws-auth/key-case/rule.ts
var LOSS2 = {
  rolearn: "the entry has no rolearn there and never matches",
  userarn: "the entry has no userarn there and never matches",
  username: "the mapping gets an empty username there",
  groups: "the mapping gets no groups there",
  sso: "that line has no sso matchers at all"
};
var rule_default38 = defineRule({
  id: "aws-auth/key-case",
  severity: "warning",
  description: "Write aws-auth entry keys in lowercase: rolearn, userarn, username, groups",
  rationale: 'Current authenticators (v0.5.0\u2013v0.5.7 and v0.6.0 onwards) decode entries with encoding/json, which matches keys ignoring case, so `roleARN`, `userARN` or `UserName` work. The release-0.5 line (v0.5.8\u2013v0.5.27) went back to gopkg.in/yaml.v2, which reads only the lowercase keys and silently ignores the others. Users hit this switch on EKS: `userARN` "suddenly stopped working" (PR #464), and the README\'s `roleARN` did not work on EKS 1.14 (issue #312). Which build EKS runs is not public, so only the lowercase spelling is safe. Top-level keys in the wrong case (`maproles`) are never read at all: see aws-auth/wrong-location.',
  sources: [
    "reference/authenticator.md \xA71.5 (Version differences)",
    "reference/authenticator.md \xA71.2 (Accepted keys)",
    "https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/464",
    "https://github.com/kubernetes-sigs/aws-iam-authenticator/issues/312"
  ],
  remediation: "Spell the key in lowercase: `rolearn`, `userarn`, `username`, `groups`.",
  tags: ["aws-auth", "portability"],
  fixable: true,
  formats: ["cm", "tfk", "cdk"],
  messages: {
    keyCase: 'key "{{key}}" is read by current authenticators but ignored by the case-sensitive release-0.5 line ({{loss}}): write "{{fixed}}"'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts") continue;
      for (const k of m.keys) {
        const fixed = knownKey(m.section, k.key);
        if (!fixed || fixed === k.key || !LOSS2[fixed] || !k.origin) continue;
        report2({
          messageId: "keyCase",
          at: { origin: k.origin, fields: {} },
          key: true,
          principal: known(m.arn),
          data: { key: k.key, fixed, loss: LOSS2[fixed] },
          // Unless the entry also has the lowercase key: renaming would write it twice.
          ...m.keys.some((o) => o.key === fixed) ? {} : { fix: { replace: fixed } }
        });
      }
    }
  }
});

// rules/aws-auth/non-string-value/rule.ts
var TYPE = { boolean: "boolean", number: "number" };
var WHAT2 = { map: "a mapping", seq: "a list" };
var rule_default39 = defineRule({
  id: "aws-auth/non-string-value",
  severity: "error",
  description: "Quote aws-auth usernames and groups that YAML 1.1 reads as booleans, numbers or null, and write groups as a list",
  rationale: "The authenticator reads mapRoles and mapUsers as YAML 1.1 (go-yaml v2), where plain `yes`, `no`, `on`, `off`, `y`, `n`, `true`, `123`, `0x1F`, `~` and `null` are not strings. It then decodes the entry into string fields with encoding/json, which on a type mismatch logs an error and leaves that one field empty: `username: yes` gives an empty username, a group `- on` an empty group name, and `groups: system:masters` (a string where a list belongs) no groups at all. The entry itself is kept, so nothing fails loudly. YAML 1.2 tools (and most editors) show these values as the strings they look like.",
  sources: [
    "reference/authenticator.md \xA71.3 (Wrong type inside an entry; YAML 1.1 booleans and nulls)",
    "reference/authenticator.md \xA710 (Derived implications, item 4)"
  ],
  remediation: 'Quote the value (`username: "yes"`, `- "123"`), and write groups as a YAML list (`groups:` followed by `- system:masters` items).',
  tags: ["aws-auth", "correctness"],
  fixable: true,
  formats: ["cm", "tfk", "cdk"],
  messages: {
    username: 'unquoted username {{raw}} is a YAML 1.1 {{type}}, not a string, so the username arrives empty: write username: "{{raw}}"',
    usernameNull: 'unquoted username {{raw}} is null in YAML, so the username arrives empty: write the username (quoted, if you mean the text "{{raw}}")',
    usernameStructure: "username is {{what}}, not a string, so the username arrives empty: write one string",
    groupsString: 'groups is the single string "{{value}}", not a list, so the mapping gets no groups at all: write it as a list, groups: ["{{value}}"]',
    groupsScalar: 'groups is the unquoted {{raw}}, a YAML 1.1 {{type}} and not a list, so the mapping gets no groups at all: write groups: ["{{raw}}"]',
    groupsStructure: "groups is a mapping, not a list, so the mapping gets no groups at all: write each group as a list item",
    group: 'unquoted group {{raw}} is a YAML 1.1 {{type}}, not a string, so it arrives as an empty group name: write - "{{raw}}"',
    groupNull: 'unquoted group {{raw}} is null in YAML, so it arrives as an empty group name: remove it (or write - "{{raw}}" if you mean that text)',
    groupStructure: "the {{nth}} group is {{what}}, not a string, so it arrives as an empty group name: write one string"
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || m.item) continue;
      for (const k of m.keys) {
        const lower = k.key.toLowerCase();
        if (lower === "username") username(m, k, report2);
        else if (lower === "groups") groups(m, k, report2);
      }
    }
  }
});
var at2 = (m, k) => ({ at: { origin: k.origin, fields: {} }, principal: known(m.arn) });
function username(m, k, report2) {
  if (TYPE[k.type] && k.raw) report2({ ...at2(m, k), messageId: "username", data: { raw: k.raw, type: TYPE[k.type] }, fix: { replace: k.raw } });
  else if (k.type === "null" && k.raw) report2({ ...at2(m, k), messageId: "usernameNull", data: { raw: k.raw } });
  else if (WHAT2[k.type]) report2({ ...at2(m, k), messageId: "usernameStructure", data: { what: WHAT2[k.type] } });
}
function groups(m, k, report2) {
  if (k.type === "string") {
    if (isKnown(k.text)) report2({ ...at2(m, k), messageId: "groupsString", data: { value: known(k.text) }, fix: { replace: [known(k.text)] } });
  } else if (TYPE[k.type] && k.raw) report2({ ...at2(m, k), messageId: "groupsScalar", data: { raw: k.raw, type: TYPE[k.type] }, fix: { replace: [k.raw] } });
  else if (k.type === "map") report2({ ...at2(m, k), messageId: "groupsStructure" });
  else if (k.type === "seq") (m.groupValues ?? []).forEach((g, i) => group(m, k, g, i, report2));
}
function group(m, k, g, i, report2) {
  const where = { ...at2(m, k), path: `/${i}` };
  if (TYPE[g.type] && g.raw) report2({ ...where, messageId: "group", data: { raw: g.raw, type: TYPE[g.type] }, fix: { replace: g.raw } });
  else if (g.type === "null" && g.raw) report2({ ...where, messageId: "groupNull", data: { raw: g.raw } });
  else if (WHAT2[g.type]) report2({ ...where, messageId: "groupStructure", data: { nth: ordinal(i + 1), what: WHAT2[g.type] } });
}

// rules/aws-auth/merged-groups/rule.ts
var rule_default40 = defineRule({
  id: "aws-auth/merged-groups",
  severity: "error",
  description: "A group in aws-auth must not be two list items merged into one string by indentation",
  rationale: 'In YAML a line indented further than the list item above it continues that item\'s plain scalar. So `- system:bootstrappers` followed by ` - system:nodes` (one space more) is one group named "system:bootstrappers - system:nodes", and the mapping has neither group. The authenticator loads it without any error; the upstream fixture aws-auth-space-out-of-place.yaml pins exactly this result. For a node role that means nodes cannot join. Only plain (unquoted) groups whose parts are single words are reported: a quoted "a - b" is deliberate.',
  sources: [
    "reference/authenticator.md \xA71.3 (An extra space before a list item)",
    "reference/authenticator.md \xA78.4 (aws-auth-space-out-of-place.yaml)",
    "reference/eks-api-schemas.md \xA73.1 (Indentation trap)"
  ],
  remediation: "Indent every `-` of the groups list the same, one item per line.",
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk"],
  messages: {
    merged: 'group "{{group}}" is {{count}} list items merged into one string by their indentation, so the mapping has none of them: align the items ({{items}})'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || !m.fields.groups) continue;
      m.groups.forEach((g, i) => {
        const pieces = mergedItems(m, i);
        if (!pieces) return;
        const text3 = known(g);
        report2({
          messageId: "merged",
          at: m,
          field: "groups",
          path: `/${i}`,
          principal: known(m.arn),
          data: { group: text3, count: pieces.length, items: pieces.map((p) => `- ${p}`).join(", ") }
        });
      });
    }
  }
});

// rules/aws-auth/missing-username/rule.ts
var rule_default41 = defineRule({
  id: "aws-auth/missing-username",
  severity: "warning",
  description: "Give every aws-auth mapping a username",
  rationale: 'The authenticator does not validate usernames: a mapping without one (or with an empty one) authenticates callers with an empty username. Kubernetes audit logs then cannot tell who acted, RBAC bindings to a user cannot apply, and tools that rely on the user name break (the AWS CDK fixed its aws-auth output for this, noting that a missing username "will cause things like metrics server to fail"). The rows EKS writes for nodes always carry one.',
  sources: ["reference/authenticator.md \xA77 (Validation of usernames and groups)", "https://github.com/aws/aws-cdk/pull/5649"],
  remediation: "Set `username`: for a role usually `<name>:{{SessionName}}` (the session stays visible in audit logs), for a user its name.",
  tags: ["aws-auth", "auditability"],
  formats: ["cm", "tfk", "cdk", "ectl"],
  messages: {
    missing: '{{entry}} has no username, so its callers authenticate with an empty username: add one, e.g. username: "{{example}}"',
    empty: '{{entry}} has an empty username, so its callers authenticate with an empty username: write one, e.g. "{{example}}"'
  },
  check({ model }, report2) {
    const nodeRoles = new Map(model.nodeRoles.flatMap((n) => isKnown(n.role) ? [[known(n.role).toLowerCase(), n.via]] : []));
    const example = (m) => exampleFor(m, isKnown(m.arn) ? nodeRoles.get(known(m.arn).toLowerCase()) : void 0);
    for (const m of model.identityMappings) {
      if (m.section === "mapAccounts" || m.item || !kept(m)) continue;
      const written3 = m.keys.filter((k) => k.key.toLowerCase() === "username").pop();
      if (!written3) {
        if (!meantAs(m, "username")) report2({ messageId: "missing", at: m, principal: known(m.arn), data: { entry: entryName(m), example: example(m) } });
        continue;
      }
      const empty2 = written3.type === "null" && !written3.raw || written3.type === "string" && isKnown(written3.text) && known(written3.text).trim() === "";
      if (empty2) report2({ messageId: "empty", at: m, field: "username", key: written3.type === "null", principal: known(m.arn), data: { entry: entryName(m), example: example(m) } });
    }
  }
});
function kept(m) {
  if (m.section === "mapRoles" && m.sso) return true;
  const arn = m.keys.filter((k) => k.key.toLowerCase() === arnKeyOf(m.section)).pop();
  return !!arn && arn.type === "string" && known(arn.text) !== "";
}
function exampleFor(m, node) {
  if (node) return node === "fargate" ? "system:node:{{SessionName}}" : "system:node:{{EC2PrivateDNSName}}";
  const resource = known(parseArn(m.arn)?.resource);
  const name = resource?.slice(resource.lastIndexOf("/") + 1);
  if (m.section === "mapUsers") return name || "<user name>";
  return `${name || "<role name>"}:{{SessionName}}`;
}

// rules/aws-auth/wrong-location/rule.ts
var SECTIONS2 = ["mapRoles", "mapUsers", "mapAccounts"];
function meantSection(key2) {
  if (SECTIONS2.includes(key2)) return void 0;
  const n = key2.toLowerCase().replace(/[-_.\s]/g, "");
  return SECTIONS2.find((s) => distance(n, s.toLowerCase()) <= (n.length >= 7 ? 2 : 0));
}
var rule_default42 = defineRule({
  id: "aws-auth/wrong-location",
  severity: "error",
  description: "aws-auth must be the ConfigMap kube-system/aws-auth with the data keys mapRoles, mapUsers and mapAccounts",
  rationale: 'The authenticator watches exactly one object: the ConfigMap named aws-auth in the kube-system namespace. It reads only the data keys `mapRoles`, `mapUsers` and `mapAccounts`, case-sensitively, and silently ignores every other key (the upstream fixtures with `maproles` and `MaPrOlEs` load nothing, without an error). An aws-auth ConfigMap in another namespace is never read at all. The Terraform kubernetes provider defaults `metadata.namespace` to "default", so a kubernetes_config_map(_v1/_v1_data) without `namespace = "kube-system"` writes (or patches) a ConfigMap nobody reads. A manifest without a namespace is not judged: `kubectl apply -n` or kustomize may supply it.',
  sources: [
    "reference/authenticator.md \xA76 (Which ConfigMap, and missing data)",
    "reference/authenticator.md \xA71.2 (top-level data keys are case-sensitive)",
    'reference/eks-api-schemas.md \xA74.4 (metadata.namespace defaults to "default")'
  ],
  remediation: 'Put the ConfigMap in `kube-system` (in Terraform: `metadata { namespace = "kube-system" }`) and spell the data keys `mapRoles`, `mapUsers`, `mapAccounts`.',
  tags: ["aws-auth", "correctness"],
  formats: ["cm", "tfk"],
  messages: {
    namespace: 'aws-auth is in namespace "{{namespace}}", but the authenticator reads only kube-system/aws-auth: none of it applies; use namespace kube-system',
    defaulted: 'aws-auth sets no metadata namespace, so the Terraform kubernetes provider uses "default", but the authenticator reads only kube-system/aws-auth: set namespace = "kube-system"',
    dataKey: 'data key "{{key}}" is never read: the authenticator reads only the exact keys mapRoles, mapUsers and mapAccounts, so everything under it is ignored; rename it to "{{section}}"'
  },
  check({ model }, report2) {
    for (const doc of model.awsAuth) {
      const ns = known(doc.namespace);
      if (doc.namespaceDefaulted) report2({ messageId: "defaulted", at: doc, field: "namespace" });
      else if (ns !== void 0 && ns !== "kube-system") report2({ messageId: "namespace", at: doc, field: "namespace", data: { namespace: ns } });
      for (const { key: key2, origin: origin2 } of doc.dataKeys ?? []) {
        const section = meantSection(key2);
        if (section) report2({ messageId: "dataKey", at: { origin: origin2, fields: {} }, key: true, data: { key: key2, section } });
      }
    }
  }
});

// rules/aws-auth/sso-entry/rule.ts
var WHAT3 = { string: "a string", number: "a number", boolean: "a boolean", null: "empty", seq: "a list", map: "a mapping" };
var PERMISSION_SET = /^[\w+=,.@-]{1,32}$/;
var rule_default43 = defineRule({
  id: "aws-auth/sso-entry",
  severity: "error",
  description: "Map IAM Identity Center (SSO) roles by their role ARN, not with an aws-auth `sso:` matcher",
  rationale: 'A mapRoles entry may name a permission set (`sso: {permissionSetName, accountID, partition}`) instead of a rolearn. That matcher is alpha: it only matches when the authenticator runs with the SSORoleMatch feature gate, which is off by default and which EKS does not document turning on; the release-0.5 line has no sso matcher at all. So the same entry works on one build and silently not on another. Setting `partition` breaks it everywhere: the authenticator fills in "aws" only when partition is empty and otherwise leaves the pattern\'s partition blank, so with any partition \u2014 "aws" included \u2014 it never matches (a partition outside the known list, such as the "aws-us-govt" the upstream docs suggest, is rejected and the entry dropped). The entry is also dropped when it has a rolearn as well, an accountID that is not 12 digits (an unquoted number arrives empty), or a permission set name outside `[\\w+=,.@-]{1,32}`.',
  sources: [
    "reference/authenticator.md \xA71.2 (Accepted keys: sso)",
    "reference/authenticator.md \xA71.3 (sso validation)",
    "reference/authenticator.md \xA74 (SSO partition bug)",
    "reference/eks-api-schemas.md \xA73.1 (sso: UNVERIFIED whether EKS honours it)"
  ],
  remediation: "Map the permission set's role by its ARN without the path: `rolearn: arn:aws:iam::<account>:role/AWSReservedSSO_<PermissionSet>_<suffix>` (or give it an access entry). If you keep the matcher, remove `partition` and quote `accountID`.",
  tags: ["aws-auth", "correctness"],
  formats: ["cm"],
  messages: {
    gated: 'this sso entry (permission set "{{name}}", account {{account}}) matches only when the authenticator runs with the alpha SSORoleMatch feature gate (off by default, not documented for EKS): map the role instead, rolearn: arn:aws:iam::{{account}}:role/AWSReservedSSO_{{name}}_<suffix>',
    partition: `sso sets partition "{{partition}}": the authenticator then leaves the pattern's partition empty, so this entry never matches (even for "aws"); remove partition, or map the role ARN`,
    partitionInvalid: 'sso partition "{{partition}}" is not an AWS partition ({{partitions}}): the authenticator drops this entry',
    both: 'this entry has both rolearn and sso: the authenticator drops it ("only one of rolearn or SSO can be supplied"); keep one',
    notMatcher: "sso is {{what}}, not a mapping of permissionSetName and accountID: the authenticator drops this entry",
    missingField: "sso has no {{field}}: the authenticator drops this entry",
    fieldType: 'unquoted sso {{field}} {{raw}} is a YAML 1.1 {{type}}, not a string, so it arrives empty and the entry is dropped: write {{field}}: "{{raw}}"',
    fieldStructure: "sso {{field}} is {{what}}, not a string, so it arrives empty and the entry is dropped",
    account: 'sso accountID "{{value}}" is not 12 digits: the authenticator drops this entry',
    permissionSet: 'sso permissionSetName "{{value}}" is not a permission set name (1\u201332 of letters, digits and + = , . @ _ -): the authenticator drops this entry'
  },
  check({ model }, report2) {
    for (const m of model.identityMappings) {
      if (m.section !== "mapRoles") continue;
      const ssoKey = last(m.keys, "sso");
      if (!ssoKey) continue;
      const arnKey = last(m.keys, "rolearn");
      if (arnKey?.type === "string" && !isKnown(arnKey.text)) continue;
      const hasArn = arnKey?.type === "string" && known(arnKey.text) !== "";
      const atKey2 = { at: { origin: ssoKey.origin, fields: {} }, key: true };
      if (!m.sso) {
        if (!hasArn) report2({ ...atKey2, messageId: "notMatcher", data: { what: WHAT3[ssoKey.type] } });
        continue;
      }
      if (hasArn) report2({ ...atKey2, messageId: "both" });
      else if (!dropped(m, atKey2, report2)) partitionOrGate(m, atKey2, report2);
    }
  }
});
var last = (keys, name) => keys.filter((k) => k.key.toLowerCase() === name.toLowerCase()).pop();
function dropped(m, atKey2, report2) {
  const fields = [
    ["accountID", /^[0-9]{12}$/, "account"],
    ["permissionSetName", PERMISSION_SET, "permissionSet"]
  ];
  for (const [field, re, messageId] of fields) {
    const k = m.sso[field];
    if (!k) {
      if (!unknownSsoKeys(m).some((u) => u.suggestion === field)) report2({ ...atKey2, messageId: "missingField", data: { field } });
      return true;
    }
    const at3 = { at: { origin: k.origin, fields: {} } };
    if (k.type !== "string") {
      if (k.raw && k.type !== "null") report2({ ...at3, messageId: "fieldType", data: { field, raw: k.raw, type: k.type } });
      else report2({ ...at3, messageId: "fieldStructure", data: { field, what: WHAT3[k.type] } });
      return true;
    }
    const value = known(k.text);
    if (value !== void 0 && !re.test(value)) {
      report2({ ...at3, messageId, data: { value } });
      return true;
    }
  }
  return false;
}
function partitionOrGate(m, atKey2, report2) {
  const p = m.sso.partition;
  const partition2 = p?.type === "string" ? known(p.text) : "";
  if (partition2 === void 0) return;
  if (partition2 !== "") {
    const at3 = { at: { origin: p.origin, fields: {} } };
    if (PARTITIONS.includes(partition2)) report2({ ...at3, messageId: "partition", data: { partition: partition2 } });
    else report2({ ...at3, messageId: "partitionInvalid", data: { partition: partition2, partitions: PARTITIONS.join(", ") } });
    return;
  }
  const text3 = (k, fallback) => k?.text ? render(k.text) : fallback;
  report2({ ...atKey2, messageId: "gated", data: { name: text3(m.sso.permissionSetName, "<PermissionSet>"), account: text3(m.sso.accountID, "<account>") } });
}

// rules/aws-auth/index.ts
var awsAuthRules = [
  rule_default33,
  rule_default31,
  rule_default32,
  rule_default30,
  rule_default23,
  rule_default29,
  rule_default28,
  rule_default25,
  rule_default26,
  rule_default24,
  rule_default27,
  rule_default34,
  rule_default35,
  rule_default36,
  rule_default37,
  rule_default38,
  rule_default39,
  rule_default40,
  rule_default41,
  rule_default42,
  rule_default43
];

// rules/change/lib/identity.ts
import { dirname as dirname7 } from "node:path";
function clusterKey2(c) {
  return resourceKey(c);
}
function entryKey(e) {
  return resourceKey(e);
}
function documentKey(d) {
  const ns = d.namespace ? known(d.namespace) : "";
  if (ns === void 0) return void 0;
  if (d.tool === "kubernetes") return `k8s:${d.origin.doc.file.path}#${ns}`;
  return resourceKey(d);
}
function mappingKey2(m) {
  const doc = documentKey(m.document);
  const arn = known(m.arn)?.toLowerCase();
  return doc && arn && `${doc}#${m.section}#${arn}`;
}
function resourceKey(o) {
  const { doc, pointer } = o.origin;
  const segs = splitPointer(pointer);
  const file = doc.file.path;
  if (o.tool === "cloudformation" || o.tool === "cdk") return segs[0] === "Resources" && segs[1] ? `cfn:${file}#${segs[1]}` : void 0;
  if (o.tool !== "terraform") return void 0;
  if (segs[0] === "resource") {
    const [type, name] = segs.slice(1).filter((s) => !/^\d+$/.test(s));
    return type && name ? `tf:dir:${dirname7(file)}#${type}.${name}` : void 0;
  }
  const address = recordAddress(doc, segs);
  return address && `tf:${file}#${address}`;
}
function recordAddress(doc, segs) {
  for (let n = segs.length; n > 0; n--) {
    const node = doc.get(joinPointer("", ...segs.slice(0, n)));
    const address = str4(node, "address");
    if (address && str4(node, "type")) return address;
    if (segs[n - 2] === "instances" && segs[n - 4] === "resources" && n === 4) {
      const res = doc.get(joinPointer("", ...segs.slice(0, 2)));
      const type = str4(res, "type");
      const name = str4(res, "name");
      if (!type || !name) return void 0;
      const module = str4(res, "module");
      return `${module ? module + "." : ""}${type}.${name}${indexKey2(child2(node, "index_key"))}`;
    }
  }
  return void 0;
}
function planReplacement(o) {
  const segs = splitPointer(o.origin.pointer);
  if (segs[0] !== "resource_changes" || !segs[1]) return void 0;
  const actions = child2(o.origin.doc.get(joinPointer("", "resource_changes", segs[1], "change")), "actions");
  const list = actions?.kind === "seq" ? actions.items.map((i) => i.kind === "scalar" ? i.value : void 0) : [];
  if (list.length !== 2 || !list.includes("delete") || !list.includes("create")) return void 0;
  return list[0] === "delete" ? "delete-first" : "create-first";
}
function pairs(before, after, key2) {
  const index = (list) => {
    const m = /* @__PURE__ */ new Map();
    for (const o of list) {
      const k = key2(o);
      if (k !== void 0) m.set(k, m.has(k) ? null : o);
    }
    return m;
  };
  const b = index(before);
  const a = index(after);
  const out = [];
  const paired = /* @__PURE__ */ new Set();
  for (const o of after) {
    const k = key2(o);
    const old = k === void 0 ? void 0 : b.get(k);
    if (old && a.get(k) === o) {
      out.push({ before: old, after: o });
      paired.add(old);
    } else out.push({ after: o });
  }
  for (const o of before) if (!paired.has(o)) out.push({ before: o });
  return out;
}
function child2(node, key2) {
  if (node?.kind !== "map") return void 0;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i].key === key2) return node.entries[i].value;
  return void 0;
}
function str4(node, key2) {
  const v = child2(node, key2);
  return v?.kind === "scalar" && typeof v.value === "string" ? v.value : void 0;
}
function indexKey2(k) {
  if (k?.kind !== "scalar" || k.value === null) return "";
  return typeof k.value === "number" ? `[${k.value}]` : `[${JSON.stringify(String(k.value))}]`;
}
var beforeContexts = /* @__PURE__ */ new WeakMap();
function beforeContext(ctx) {
  const before = ctx.before;
  if (!before) return void 0;
  let c = beforeContexts.get(before);
  if (!c) beforeContexts.set(before, c = makeContext(before, void 0, ctx.config));
  return c;
}

// rules/change/access-entry-replaced/rule.ts
var rule_default44 = defineRule({
  id: "change/access-entry-replaced",
  severity: "warning",
  description: "Changing the principal or type of an existing access entry replaces it",
  rationale: "An access entry's principal and type cannot be updated (UpdateAccessEntry takes neither; CloudFormation marks PrincipalArn and Type create-only, the Terraform provider ForceNew), so a change to either replaces the entry. CloudFormation replaces with create_then_delete: for a new type on the same principal it creates the second entry first, which EKS rejects with 409 ResourceInUseException, and the stack update fails. Terraform deletes first (the principal has no access, and its policy associations go, until the new entry exists) or, with create_before_destroy, hits the same 409. A new principal is a new entry: the old principal loses its access in the same change.",
  sources: [
    "reference/eks-api-schemas.md \xA71.1, \xA72.1, \xA72.2, \xA74.1",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-eks-accessentry.html"
  ],
  remediation: "To change the type, remove the entry in one change and add it with the new type in the next. To give access to another principal, add a new entry (new logical id or address) and remove the old one once nothing needs it.",
  tags: ["change", "availability"],
  formats: ["cfn", "tf"],
  messages: {
    typeCfn: "type changes from {{from}} to {{to}}: CloudFormation replaces the entry by creating the new one first, and EKS rejects a second entry for {{principal}} with 409 (the stack update fails)",
    typeTf: "type changes from {{from}} to {{to}}: the entry is replaced, and {{principal}} has no access (nor policies) between the delete and the create",
    typeTfCreateFirst: "type changes from {{from}} to {{to}}: with create_before_destroy the new entry is created first, and EKS rejects a second entry for {{principal}} with 409",
    principal: "principal changes from {{from}} to {{to}}: that replaces the entry, so {{from}} loses its access (and policies) in this change"
  },
  check(ctx, report2) {
    if (!ctx.before) return;
    for (const { before, after } of pairs(ctx.before.accessEntries, ctx.model.accessEntries, entryKey)) {
      if (!before || !after) continue;
      const from = known(before.principal);
      const to = known(after.principal);
      if (from !== void 0 && to !== void 0 && from !== to) {
        report2({ messageId: "principal", at: after, field: "principal", principal: to, data: { from, to } });
        continue;
      }
      const oldType = entryType(before.type);
      const newType = entryType(after.type);
      if (!oldType || !newType || oldType === newType || to === void 0) continue;
      const messageId = after.tool !== "terraform" ? "typeCfn" : planReplacement(after) === "create-first" ? "typeTfCreateFirst" : "typeTf";
      report2({ messageId, at: after, field: "type", principal: to, data: { from: oldType, to: newType, principal: to } });
    }
  }
});

// rules/change/auth-mode-downgrade/rule.ts
var RANK = { CONFIG_MAP: 0, API_AND_CONFIG_MAP: 1, API: 2 };
var rule_default45 = defineRule({
  id: "change/auth-mode-downgrade",
  severity: "error",
  description: "A change must not move a cluster's authentication mode backwards",
  rationale: "Once access entries are turned on they cannot be turned off: EKS accepts the mode changes CONFIG_MAP \u2192 API_AND_CONFIG_MAP \u2192 API (and CONFIG_MAP \u2192 API) and rejects API \u2192 anything and API_AND_CONFIG_MAP \u2192 CONFIG_MAP. The update fails at deploy time, after the rest of the stack or plan may already have changed; a cluster created with API can never use aws-auth again.",
  sources: [
    "reference/eks-api-schemas.md \xA72.4",
    "https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html"
  ],
  remediation: "Keep the current mode (or move it forward). Going back to aws-auth is only possible by creating a new cluster; to keep using aws-auth rows on an API_AND_CONFIG_MAP cluster, leave the mode as it is.",
  tags: ["change", "correctness"],
  formats: ["cfn", "tf"],
  messages: {
    downgrade: "authentication mode changes from {{from}} to {{to}}: EKS only moves CONFIG_MAP \u2192 API_AND_CONFIG_MAP \u2192 API and rejects this update"
  },
  check(ctx, report2) {
    if (!ctx.before) return;
    for (const { before, after } of pairs(ctx.before.clusters, ctx.model.clusters, clusterKey2)) {
      if (!before || !after || !after.authenticationModeExplicit || planReplacement(after)) continue;
      const from = known(before.authenticationMode);
      const to = known(after.authenticationMode);
      if (from === void 0 || to === void 0 || !(from in RANK) || !(to in RANK) || RANK[to] >= RANK[from]) continue;
      report2({ messageId: "downgrade", at: after, field: "authenticationMode", data: { from, to } });
    }
  }
});

// rules/change/bootstrap-admin-changed/rule.ts
var NAME3 = {
  cloudformation: "BootstrapClusterCreatorAdminPermissions",
  cdk: "bootstrapClusterCreatorAdminPermissions",
  terraform: "bootstrap_cluster_creator_admin_permissions"
};
var rule_default46 = defineRule({
  id: "change/bootstrap-admin-changed",
  severity: "error",
  description: "A change must not flip an existing cluster's bootstrap cluster-creator admin setting",
  rationale: "BootstrapClusterCreatorAdminPermissions (Terraform: bootstrap_cluster_creator_admin_permissions) can only be set when the cluster is created: CloudFormation marks it create-only (a change means Replacement) and the Terraform provider ForceNew, and EKS's UpdateClusterConfig has no such field. Changing it on an existing cluster therefore deletes and re-creates the cluster, workloads and all. It is also write-only, never read back, so nothing shows the drift afterwards. Old Terraform state may hold false where the configuration now means true (before provider PR #38295 a missing value acted as false): the plan then replaces the cluster.",
  sources: [
    "reference/eks-api-schemas.md \xA71.2, \xA72.1, \xA72.4, \xA74.3",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html"
  ],
  remediation: "Set it back to the value the cluster was created with. To change who administers the cluster, add or remove access entries (e.g. an entry with AmazonEKSClusterAdminPolicy at cluster scope) instead; in Terraform, write the value the state holds.",
  tags: ["change", "availability"],
  formats: ["cfn", "tf"],
  messages: {
    changed: "{{name}} changes from {{from}} to {{to}} on an existing cluster: it can only be set at creation, so this replaces the cluster (keep {{from}}, and grant admins through access entries)"
  },
  check(ctx, report2) {
    if (!ctx.before) return;
    for (const { before, after } of pairs(ctx.before.clusters, ctx.model.clusters, clusterKey2)) {
      const from = before?.bootstrapAdmin;
      const to = after?.bootstrapAdmin;
      if (!after || from === void 0 || to === void 0 || from === to) continue;
      const name = NAME3[after.tool] ?? "bootstrapClusterCreatorAdminPermissions";
      report2({ messageId: "changed", at: after, field: "bootstrapAdmin", data: { name, from: String(from), to: String(to) } });
    }
  }
});

// rules/change/lib/admins.ts
var ADMIN_POLICY = /^arn:[^:]+:eks::aws:cluster-access-policy\/AmazonEKSClusterAdminPolicy$/;
function adminPolicy(e) {
  const type = entryType(e.type);
  if (type === void 0) return "maybe";
  if (type !== "STANDARD") return void 0;
  let maybe = !!e.policiesIncomplete || !!e.condition;
  for (const p of e.policies) {
    const arn = policyArn(p.policyArn);
    if (arn === void 0) maybe = true;
    else if (ADMIN_POLICY.test(arn)) {
      const scope = known(p.scopeType);
      if (scope === "cluster" && !p.condition && !e.condition) return p;
      if (scope === void 0 || scope === "cluster") maybe = true;
    }
  }
  return maybe ? "maybe" : void 0;
}
function entryVerdict(e) {
  const p = adminPolicy(e);
  return p === void 0 ? "no" : p === "maybe" ? "maybe" : "yes";
}
function rowVerdict(m) {
  if (m.section === "mapAccounts") return "no";
  let maybe = !!m.condition || !!m.document.condition;
  for (const g of m.groups) {
    if (!g) continue;
    const s = known(g);
    if (s === "system:masters") return maybe ? "maybe" : "yes";
    if (s === void 0) maybe = true;
  }
  return maybe ? "maybe" : "no";
}
var grants = (entries) => entries.some((e) => entryVerdict(e) !== "no");
var rowsGrant = (rows) => rows.some((m) => rowVerdict(m) !== "no");
var unread = (docs) => docs.some((d) => d.sections.some((s) => s.unknown));
var untiedGrants = /* @__PURE__ */ new WeakMap();
function mayHaveAdmin(ctx, view2, unseenAwsAuth = false) {
  let untied = untiedGrants.get(ctx.untied);
  if (!untied) {
    const u = ctx.untied;
    untiedGrants.set(ctx.untied, untied = { entries: grants(u.accessEntries), rows: rowsGrant(u.identityMappings) || unread(u.awsAuth) });
  }
  if (untied.entries || grants(view2.entries)) return true;
  if (view2.mode === "API") return false;
  return unseenAwsAuth || untied.rows || rowsGrant(view2.mappings) || unread(view2.awsAuth);
}
function policyArn(t) {
  let s = "";
  for (const p of t.parts) {
    if (typeof p === "string") s += p;
    else if (p.means === "partition") s += "aws";
    else return void 0;
  }
  return s;
}

// rules/change/last-admin-removed/rule.ts
var rule_default47 = defineRule({
  id: "change/last-admin-removed",
  severity: "error",
  description: "A change must not remove the last cluster-admin grant of a cluster whose bootstrap admin is off",
  rationale: "With BootstrapClusterCreatorAdminPermissions false, EKS gives the creator no admin entry: cluster admin exists only where the files grant it, through an access entry with AmazonEKSClusterAdminPolicy at cluster scope or, while the cluster reads aws-auth, a system:masters row. A change that removes the last of them leaves nobody who can administer the cluster through Kubernetes RBAC; access entries can still be added through the EKS API by someone with IAM rights, but in-cluster access is gone until then. The setting cannot be changed on an existing cluster, so there is no turning the bootstrap admin back on.",
  sources: [
    "reference/eks-api-schemas.md \xA72.4, \xA72.5",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html"
  ],
  remediation: "Keep at least one cluster-admin grant: move the AmazonEKSClusterAdminPolicy (cluster scope) to the new admin principal in the same change, before removing the old one (a break-glass role is a good holder).",
  tags: ["change", "security", "availability"],
  securitySeverity: 7.5,
  formats: ["cm", "cfn", "tf"],
  messages: {
    entryDeleted: "the access entry of {{principal}} (AmazonEKSClusterAdminPolicy, cluster scope) is deleted: after this change nothing grants cluster admin on {{cluster}}, whose bootstrap admin is off, so nobody can administer it",
    policyRemoved: "{{principal}} loses AmazonEKSClusterAdminPolicy (cluster scope): after this change nothing grants cluster admin on {{cluster}}, whose bootstrap admin is off, so nobody can administer it",
    rowDeleted: "the aws-auth row mapping {{principal}} to system:masters is deleted: after this change nothing grants cluster admin on {{cluster}}, whose bootstrap admin is off, so nobody can administer it",
    groupRemoved: "{{principal}} loses group system:masters: after this change nothing grants cluster admin on {{cluster}}, whose bootstrap admin is off, so nobody can administer it"
  },
  check(ctx, report2) {
    const beforeCtx = beforeContext(ctx);
    if (!ctx.before || !beforeCtx) return;
    const entryPairs = pairs(ctx.before.accessEntries, ctx.model.accessEntries, entryKey);
    const rowPairs = pairs(ctx.before.identityMappings, ctx.model.identityMappings, mappingKey2);
    const docPairs = pairs(ctx.before.awsAuth, ctx.model.awsAuth, documentKey);
    for (const { before: old, after: cluster2 } of pairs(ctx.before.clusters, ctx.model.clusters, clusterKey2)) {
      if (!old || !cluster2 || cluster2.bootstrapAdmin !== false) continue;
      const view2 = ctx.viewOf(cluster2);
      const oldView = beforeCtx.viewOf(old);
      const knowsAwsAuth = !!view2?.awsAuth.length || !!oldView?.awsAuth.length;
      if (!view2 || view2.mode === "CONFIG_MAP" || mayHaveAdmin(ctx, view2, !knowsAwsAuth)) continue;
      const label = view2.label;
      const ours = (b, a) => a ? ctx.viewOf(a) === view2 : !!oldView && beforeCtx.viewOf(b) === oldView;
      for (const { before: e, after: now } of entryPairs) {
        const policy2 = e && adminPolicy(e);
        if (!e || !policy2 || policy2 === "maybe" || !ours(e, now)) continue;
        const principal = render(e.principal);
        if (!now) report2({ messageId: "entryDeleted", at: e, field: "principal", principal, data: { principal, cluster: label } });
        else if (now.tool === "terraform") report2({ messageId: "policyRemoved", at: policy2, field: "policyArn", principal, data: { principal, cluster: label } });
        else report2({ messageId: "policyRemoved", at: now, field: "policies", principal, data: { principal, cluster: label } });
      }
      if (oldView?.mode === "API" || oldView?.mode === void 0) continue;
      const docOf = new Map(docPairs.filter((p) => p.before && p.after).map((p) => [p.before, p.after]));
      for (const { before: m, after: now } of rowPairs) {
        if (!m || rowVerdict(m) !== "yes" || !ours(m.document, now?.document ?? docOf.get(m.document))) continue;
        const principal = known(m.arn) ?? "a row";
        if (now) report2({ messageId: "groupRemoved", at: now, field: "groups", key: true, principal, data: { principal, cluster: label } });
        else report2({ messageId: "rowDeleted", at: m, field: "arn", principal, data: { principal, cluster: label } });
      }
    }
  }
});

// rules/change/node-access-removed/rule.ts
var NODE_GROUPS3 = ["system:bootstrappers", "system:nodes"];
var rule_default48 = defineRule({
  id: "change/node-access-removed",
  severity: "error",
  description: "A change must not take away the access nodes use to join the cluster",
  rationale: "Nodes authenticate through their role's aws-auth row (with `system:bootstrappers` and `system:nodes`) or a node-type access entry. Deleting the row, dropping those groups, deleting the entry, or deleting the whole aws-auth ConfigMap (the authenticator then resets to empty) stops nodes from joining and makes running nodes NotReady, unless the same role keeps access another way in the same change. Replacing the ConfigMap (a Terraform plan that deletes and re-creates it) leaves the same gap until the new one exists.",
  sources: [
    "reference/authenticator.md \xA71.4, \xA76",
    "https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html"
  ],
  remediation: "Keep the node role mapped, or add a node-type access entry (EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, HYBRID_LINUX) for it in the same change.",
  tags: ["change", "availability"],
  formats: ["cm", "tfk", "cfn", "tf"],
  messages: {
    row: "node role {{arn}} loses its aws-auth mapping in this change: its nodes can no longer join",
    groups: "node role {{arn}} loses {{missing}} in this change: its nodes can no longer join",
    entry: "the {{type}} access entry for node role {{arn}} is deleted in this change: its nodes can no longer join",
    replaced: "this plan deletes and re-creates the aws-auth ConfigMap: until it is back, node roles {{arns}} cannot authenticate and their nodes cannot join (change it in place instead)"
  },
  check(ctx, report2) {
    const { model, before } = ctx;
    if (!before) return;
    const keeps = nodeAccess(model);
    const rowsUnknown = model.awsAuth.some((d) => d.sections.some((s) => s.name === "mapRoles" && s.unknown));
    for (const m of before.identityMappings) {
      const arn = known(m.arn)?.toLowerCase();
      if (m.section !== "mapRoles" || !arn || !isNodeUsername(m.username) || keeps.has(arn)) continue;
      const still = model.identityMappings.find((a) => a.section === "mapRoles" && known(a.arn)?.toLowerCase() === arn);
      if (still) {
        const have = new Set(still.groups.map((g) => known(g)));
        const missing = NODE_GROUPS3.filter((g) => !have.has(g));
        if (missing.length && !isNodeUsername(still.username)) {
          report2({ messageId: "row", at: still, field: "username", principal: arn, data: { arn: known(m.arn) } });
        } else if (missing.length) {
          report2({ messageId: "groups", at: still, field: "groups", key: true, principal: arn, data: { arn: known(m.arn), missing: missing.join(" and ") } });
        }
      } else if (!rowsUnknown) report2({ messageId: "row", at: m, field: "arn", principal: arn, data: { arn: known(m.arn) } });
    }
    for (const e of before.accessEntries) {
      const type = entryType(e.type);
      const arn = known(e.principal)?.toLowerCase();
      if (!type || !NODE_TYPES.includes(type) || !arn || keeps.has(arn)) continue;
      report2({ messageId: "entry", at: e, field: "principal", principal: arn, data: { type, arn: known(e.principal) } });
    }
    for (const { before: old, after: now } of pairs(before.awsAuth, model.awsAuth, documentKey)) {
      if (!old || !now || planReplacement(now) !== "delete-first" || ctx.viewOf(now)?.mode === "API") continue;
      const arns = before.identityMappings.filter((m) => m.document === old && m.section === "mapRoles" && isNodeUsername(m.username)).map((m) => known(m.arn));
      if (arns.length && arns.every((a) => a !== void 0)) report2({ messageId: "replaced", at: now, data: { arns: arns.join(", ") } });
    }
  }
});
function nodeAccess(model) {
  const roles = /* @__PURE__ */ new Set();
  for (const m of model.identityMappings) {
    const arn = known(m.arn)?.toLowerCase();
    const groups2 = new Set(m.groups.map((g) => known(g)));
    if (arn && m.section === "mapRoles" && isNodeUsername(m.username) && NODE_GROUPS3.every((g) => groups2.has(g))) roles.add(arn);
  }
  for (const e of model.accessEntries) {
    const type = entryType(e.type);
    const arn = known(e.principal)?.toLowerCase();
    if (arn && type && NODE_TYPES.includes(type)) roles.add(arn);
  }
  for (const n of model.nodeRoles) {
    const arn = known(n.role)?.toLowerCase();
    if (arn) roles.add(arn);
  }
  return roles;
}

// rules/change/index.ts
var changeRules = [rule_default45, rule_default48, rule_default46, rule_default44, rule_default47];

// rules/lib/clusters.ts
var KIND = {
  "access-entry": "access entry",
  "node-role": "node role",
  "aws-auth": "aws-auth ConfigMap",
  "identity-mapping": "aws-auth ConfigMap"
};
function linked(view2, ...objs) {
  const parts = [];
  const files = /* @__PURE__ */ new Set();
  if (view2.cluster) {
    files.add(view2.cluster.origin.doc.file.path);
    parts.push(`the cluster in ${view2.cluster.origin.doc.file.path}`);
  }
  const hows = [];
  for (const o of objs) {
    const link = view2.links.get(o.kind === "identity-mapping" ? o.document : o);
    if (!link) continue;
    files.add(link.file);
    if (!link.plain) hows.push(link.how);
    parts.push(`${KIND[o.kind]} in ${link.file} by ${link.how}`);
  }
  if (files.size > 1) return ` (linked: ${parts.join("; ")})`;
  return hows.length ? ` (tied to the cluster by ${[...new Set(hows)].join(", ")})` : "";
}
function accountOf2(p, deploying) {
  if (typeof p === "string") return /^\d{12}$/.test(p) ? p : void 0;
  return p?.means === "account" ? deploying : void 0;
}
function isUserArn(t) {
  const arn = parseArn(t);
  if (!arn || arn.service !== "iam") return false;
  const first = arn.resource.parts[0];
  return typeof first === "string" && first.startsWith("user/");
}
function identityKey(t) {
  const arn = parseArn(t);
  const resource = arn ? known(arn.resource) : void 0;
  if (!arn || resource === void 0 || typeof arn.account !== "string" || typeof arn.partition !== "string" || arn.service !== "iam") return void 0;
  const role = rolePath(resource);
  const id = role ? `role/${role.name}` : resource;
  return `${arn.partition}:${arn.account}:${id}`.toLowerCase();
}
function createdHere(ctx, c) {
  if (c.tool !== "terraform") return true;
  const pointer = c.origin.pointer;
  if (pointer.startsWith("/resource/")) return true;
  if (!pointer.startsWith("/resource_changes/")) return false;
  return !ctx.before?.clusters.some((b) => b.ref.resource === c.ref.resource && b.origin.doc.file.path === c.origin.doc.file.path);
}

// rules/cluster/access-entries-need-api-mode/rule.ts
var rule_default49 = defineRule({
  id: "cluster/access-entries-need-api-mode",
  severity: "error",
  description: "Access entries need a cluster whose authentication mode is API or API_AND_CONFIG_MAP",
  rationale: "EKS rejects every access-entry call on a cluster in `CONFIG_MAP` mode: \"The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.\" A cluster is in that mode when it says so, and also when it says nothing: CloudFormation `AWS::EKS::Cluster`, Terraform `aws_eks_cluster` and CDK v1 `Custom::AWSCDK-EKS-Cluster` send no mode and EKS defaults to `CONFIG_MAP` (eksctl and terraform-aws-modules default to `API_AND_CONFIG_MAP`). The entry is tied to its cluster only by proof: the same logical resource, the same Terraform address, or the same literal cluster name (when exactly one scanned cluster has it); the config's `clusters.<name>.authenticationMode` gives the mode of a cluster the files do not show.",
  sources: [
    "reference/eks-api-schemas.md \xA71.2, \xA72.2, \xA72.4",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html",
    "https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html"
  ],
  remediation: 'Set the cluster\'s authentication mode to `API_AND_CONFIG_MAP` (CloudFormation `AccessConfig: {AuthenticationMode: API_AND_CONFIG_MAP}`, Terraform `access_config { authentication_mode = "API_AND_CONFIG_MAP" }`) before creating access entries; the change is in place and keeps aws-auth working.',
  tags: ["cluster", "correctness"],
  formats: ["cfn", "tf"],
  messages: {
    mode: `access entry for {{principal}} on cluster {{cluster}}, whose authentication mode is CONFIG_MAP ({{why}}): EKS rejects it ("The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP]"). Set the mode to API_AND_CONFIG_MAP{{linked}}`
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      if (view2.mode !== "CONFIG_MAP") continue;
      for (const e of view2.entries) {
        report2({
          messageId: "mode",
          at: e,
          field: "cluster",
          principal: known(e.principal),
          data: { principal: render(e.principal), cluster: view2.label, why: view2.modeWhy ?? "", linked: linked(view2, e) }
        });
      }
    }
  }
});

// rules/cluster/aws-auth-ignored/rule.ts
var rule_default50 = defineRule({
  id: "cluster/aws-auth-ignored",
  severity: "warning",
  description: "An aws-auth ConfigMap has no effect on a cluster whose authentication mode is API",
  rationale: "Under `API` EKS authenticates through access entries only and ignores the aws-auth ConfigMap entirely; a cluster created with `API` can never read it. Every mapping in it is dead weight that reviewers still read as access (and CDK refuses to create one). A ConfigMap names no cluster, so it is tied to one only by proof: the kubernetes provider that writes it is configured from that cluster's endpoint (Terraform), or the config's `clusters.<name>.awsAuth` globs list its file.",
  sources: [
    "reference/eks-api-schemas.md \xA72.4, \xA76",
    "https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html"
  ],
  remediation: "Give each principal that still needs access an access entry (node roles: `EC2_LINUX`/`EC2_WINDOWS`/`FARGATE_LINUX`), then delete the ConfigMap. If the cluster should read it, its mode must be `API_AND_CONFIG_MAP`, which only a cluster created with a ConfigMap mode can have.",
  tags: ["cluster", "aws-auth", "maintainability"],
  formats: ["cm", "tfk"],
  messages: {
    ignored: "this aws-auth ConfigMap belongs to cluster {{cluster}}, whose authentication mode is API ({{why}}): EKS ignores it, so its {{count}} mapping(s) grant nothing. Move them to access entries and delete it{{linked}}"
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      if (view2.mode !== "API") continue;
      for (const d of view2.awsAuth) {
        const count = view2.mappings.filter((m) => m.document === d).length;
        report2({ messageId: "ignored", at: d, field: "name", data: { cluster: view2.label, why: view2.modeWhy ?? "", count, linked: linked(view2, d) } });
      }
    }
  }
});

// rules/cluster/bootstrap-admin-needs-true/rule.ts
var rule_default51 = defineRule({
  id: "cluster/bootstrap-admin-needs-true",
  severity: "error",
  description: "A CONFIG_MAP cluster must be created with bootstrap cluster-creator admin permissions",
  rationale: 'CreateCluster rejects `bootstrapClusterCreatorAdminPermissions: false` when the authentication mode is `CONFIG_MAP` ("bootstrapClusterCreatorAdminPermissions must be true if cluster authentication mode is set to CONFIG_MAP"): with no access entries and an aws-auth ConfigMap nobody can write yet, the creator is the only way in. The mode is `CONFIG_MAP` also when it is not written (CloudFormation, Terraform `aws_eks_cluster` and CDK v1 send none). The setting is create-only, so a Terraform state or a plan\'s existing cluster (whose recorded value older providers wrote as false) is not judged.',
  sources: [
    "reference/eks-api-schemas.md \xA71.2, \xA72.2, \xA72.4, \xA74.3",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html",
    "https://github.com/terraform-aws-modules/terraform-aws-eks/issues/3206"
  ],
  remediation: "Set the authentication mode to `API_AND_CONFIG_MAP` or `API` and grant admins with access entries (`AmazonEKSClusterAdminPolicy`), or leave `BootstrapClusterCreatorAdminPermissions` at its default `true`.",
  tags: ["cluster", "correctness"],
  formats: ["cfn", "tf"],
  messages: {
    bootstrap: 'bootstrap cluster-creator admin permissions are false while the authentication mode is CONFIG_MAP ({{why}}): CreateCluster rejects this ("bootstrapClusterCreatorAdminPermissions must be true if cluster authentication mode is set to CONFIG_MAP"). Set the mode to API_AND_CONFIG_MAP, or this to true'
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      const c = view2.cluster;
      if (!c || c.bootstrapAdmin !== false || view2.mode !== "CONFIG_MAP" || view2.modeFrom === "config" || !createdHere(ctx, c)) continue;
      report2({ messageId: "bootstrap", at: c, field: "bootstrapAdmin", data: { why: view2.modeWhy ?? "" } });
    }
  }
});

// rules/cluster/config-map-mode/rule.ts
var rule_default52 = defineRule({
  id: "cluster/config-map-mode",
  severity: "note",
  description: "Clusters in CONFIG_MAP mode depend on the deprecated aws-auth ConfigMap",
  rationale: "In `CONFIG_MAP` mode the aws-auth ConfigMap is the only way to grant access: one YAML string that a single bad edit can empty (the authenticator then drops the whole section, node roles included), that IAM cannot audit, and that EKS documents as deprecated in favour of access entries. It is also the mode a cluster gets when none is written: CloudFormation `AWS::EKS::Cluster`, Terraform `aws_eks_cluster` and CDK v1 send none and EKS defaults to `CONFIG_MAP`. `API_AND_CONFIG_MAP` keeps aws-auth working while access entries are added, in place and without downtime.",
  sources: [
    "reference/eks-api-schemas.md \xA71.2, \xA72.4",
    "reference/authenticator.md \xA71.4, \xA79",
    "https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html",
    "https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html"
  ],
  remediation: 'Set the authentication mode to `API_AND_CONFIG_MAP` (CloudFormation `AccessConfig: {AuthenticationMode: API_AND_CONFIG_MAP}`, Terraform `access_config { authentication_mode = "API_AND_CONFIG_MAP" }`), move each aws-auth mapping to an access entry, then consider `API`. The switch cannot be undone.',
  tags: ["cluster", "aws-auth", "maintainability"],
  formats: ["cfn", "tf"],
  messages: {
    written: "cluster {{cluster}} uses authentication mode CONFIG_MAP: access is granted only through the deprecated aws-auth ConfigMap. Move to API_AND_CONFIG_MAP and access entries",
    defaulted: "cluster {{cluster}} uses authentication mode CONFIG_MAP ({{why}}): access is granted only through the deprecated aws-auth ConfigMap. Write API_AND_CONFIG_MAP and move to access entries"
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      const c = view2.cluster;
      if (!c || view2.mode !== "CONFIG_MAP") continue;
      if (view2.modeFrom === "written") report2({ messageId: "written", at: c, field: "authenticationMode", data: { cluster: view2.label } });
      else if (view2.modeFrom === "default") report2({ messageId: "defaulted", at: c, key: true, data: { cluster: view2.label, why: view2.modeWhy ?? "" } });
    }
  }
});

// rules/cluster/conflicting-mappings/rule.ts
var rule_default53 = defineRule({
  id: "cluster/conflicting-mappings",
  severity: "warning",
  description: "A principal mapped both in aws-auth and by an access entry gets only what the entry says",
  rationale: 'In `API_AND_CONFIG_MAP` mode "access entries take precedence over ConfigMap entries for the same IAM principal": when a role or user has an access entry, its aws-auth row is never used. If the two differ (another username, other groups), the row grants nothing that it appears to grant \u2014 often the `system:masters` a half-finished migration still shows. The entry\'s username is its own or the one EKS generates (`arn:aws:sts::<account>:assumed-role/<name>/{{SessionName}}` for a role, the ARN for a user); a node entry and a node row are the same identity. Principals are compared as the authenticator and EKS see them (case-insensitive; a role by account and name, since an entry may carry the path a row never has); entries under a condition, and unknown values, are not compared.',
  sources: [
    "reference/eks-api-schemas.md \xA72.3, \xA73.3, \xA73.4",
    "reference/authenticator.md \xA74, \xA79",
    "https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html"
  ],
  remediation: "Decide what the principal should have and put it in the access entry (groups, username, access policies such as `AmazonEKSClusterAdminPolicy` for a `system:masters` row), then delete the aws-auth row.",
  tags: ["cluster", "aws-auth", "correctness"],
  formats: ["cm", "tfk"],
  messages: {
    standard: '{{arn}} also has an access entry, which EKS uses instead of this row: it gets username "{{entryUser}}" and groups [{{entryGroups}}]{{policies}}, not username "{{rowUser}}" and groups [{{rowGroups}}]. The row is dead: remove it, or move what it should grant into the entry{{linked}}',
    node: '{{arn}} has a {{type}} access entry, which EKS uses instead of this row: it gets a node identity, not username "{{rowUser}}" and groups [{{rowGroups}}]. The row is dead: remove it{{linked}}'
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      if (view2.mode !== "API_AND_CONFIG_MAP") continue;
      const byPrincipal = /* @__PURE__ */ new Map();
      for (const e of view2.entries) {
        const key2 = e.condition ? void 0 : identityKey(e.principal);
        if (key2) byPrincipal.set(key2, [...byPrincipal.get(key2) ?? [], e]);
      }
      for (const m of view2.mappings) {
        if (m.section === "mapAccounts") continue;
        const key2 = identityKey(m.arn);
        const entries = key2 ? byPrincipal.get(key2) : void 0;
        if (!entries || entries.length !== 1) continue;
        const row2 = rowIdentity(m);
        if (!row2) continue;
        const e = entries[0];
        const type = entryType(e.type);
        const base = { arn: known(m.arn), rowUser: row2.username, rowGroups: row2.groups.join(", "), linked: linked(view2, m, e) };
        if (type && NODE_TYPES.includes(type)) {
          if (!isNodeUsername(m.username)) report2({ messageId: "node", at: m, field: "arn", principal: base.arn, data: { ...base, type } });
          continue;
        }
        if (type !== "STANDARD") continue;
        const entryUser = e.username ? known(e.username) : generatedUsername(e.principal);
        const entryGroups = e.groups?.map((g) => known(g));
        if (entryUser === void 0 || !entryGroups || entryGroups.some((g) => g === void 0)) continue;
        const same = entryUser === row2.username && sameSet(entryGroups, row2.groups);
        if (!same) report2({ messageId: "standard", at: m, field: "arn", principal: base.arn, data: { ...base, entryUser, entryGroups: entryGroups.join(", "), policies: e.policies.length ? " (and the entry's access policies)" : "" } });
      }
    }
  }
});
function rowIdentity(m) {
  const username2 = known(m.username);
  const groups2 = m.groups.map((g) => known(g));
  if (username2 === void 0 || groups2.some((g) => g === void 0)) return void 0;
  return { username: username2, groups: groups2 };
}
function generatedUsername(principal) {
  const arn = parseArn(principal);
  const resource = known(arn?.resource);
  if (!arn || resource === void 0 || typeof arn.partition !== "string" || typeof arn.account !== "string") return void 0;
  if (resource.startsWith("user/")) return known(principal);
  if (!resource.startsWith("role/")) return void 0;
  const name = resource.split("/").pop();
  return `arn:${arn.partition}:sts::${arn.account}:assumed-role/${name}/{{SessionName}}`;
}
function sameSet(a, b) {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

// rules/cluster/no-admin/rule.ts
var rule_default54 = defineRule({
  id: "cluster/no-admin",
  severity: "warning",
  description: "A cluster created without bootstrap admin needs something that grants cluster admin",
  rationale: "With `BootstrapClusterCreatorAdminPermissions: false` EKS gives the creator no access entry, so cluster admin exists only where the files grant it: an access entry with `AmazonEKSClusterAdminPolicy` at cluster scope, or (while the cluster reads aws-auth) a `system:masters` row. Without either, nobody can use the Kubernetes API until someone with IAM rights adds an access entry, and the setting cannot be changed after creation. Anything that might grant admin keeps the rule silent: a policy or scope that is not known, policies behind a condition, an access entry or aws-auth ConfigMap tied to no cluster (it may be this one's), an aws-auth section built by an expression. Only clusters the files create are judged (a Terraform state does not record the setting faithfully).",
  sources: [
    "reference/eks-api-schemas.md \xA71.2, \xA72.3, \xA72.4, \xA72.5",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html"
  ],
  remediation: "Add an access entry for an admin role (a break-glass role) with `AmazonEKSClusterAdminPolicy` at cluster scope in the same change, or leave bootstrap admin at its default `true`.",
  tags: ["cluster", "availability"],
  formats: ["cfn", "tf"],
  messages: {
    api: "cluster {{cluster}} gives its creator no admin access, and nothing in the scanned files grants cluster admin (no access entry with AmazonEKSClusterAdminPolicy at cluster scope): nobody can administer it. Add such an entry for an admin role{{linked}}",
    mixed: "cluster {{cluster}} gives its creator no admin access, and nothing in the scanned files grants cluster admin (no access entry with AmazonEKSClusterAdminPolicy at cluster scope, no system:masters row in its aws-auth): nobody can administer it. Add such an entry for an admin role{{linked}}"
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      const c = view2.cluster;
      if (!c || c.bootstrapAdmin !== false || view2.mode === "CONFIG_MAP" || !createdHere(ctx, c) || mayHaveAdmin(ctx, view2)) continue;
      report2({
        messageId: view2.mode === "API" ? "api" : "mixed",
        at: c,
        field: "bootstrapAdmin",
        data: { cluster: view2.label, linked: linked(view2, ...view2.entries, ...view2.awsAuth) }
      });
    }
  }
});

// rules/cluster/node-role-unmapped/rule.ts
var rule_default55 = defineRule({
  id: "cluster/node-role-unmapped",
  severity: "error",
  description: "On an API-only cluster, a node role mapped in aws-auth needs a node access entry",
  rationale: "Under `API` the aws-auth ConfigMap is ignored, so nodes join only through an access entry of a node type (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) or, for managed node groups and Fargate profiles, the entry EKS creates itself. A role that the linked aws-auth maps as a node (`system:node:{{EC2PrivateDNSName}}` / `system:node:{{SessionName}}`) and that has neither cannot bring its nodes in: they stay NotReady. Roles are compared by account and name (an entry's ARN may carry a path, an aws-auth row never does); an entry or node role whose principal is not fully known may be the one, so it keeps the rule silent for the roles it could be.",
  sources: [
    "reference/eks-api-schemas.md \xA71.3, \xA72.2, \xA72.4, \xA73.4",
    "https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html"
  ],
  remediation: 'Create an access entry of the node type for the role (e.g. CloudFormation `AWS::EKS::AccessEntry` with `Type: EC2_LINUX`, Terraform `aws_eks_access_entry` with `type = "EC2_LINUX"`) before the cluster moves to `API`, or keep the cluster on `API_AND_CONFIG_MAP` until then.',
  tags: ["cluster", "availability"],
  formats: ["cm", "tfk"],
  messages: {
    unmapped: "node role {{arn}} joins through aws-auth, but cluster {{cluster}} is API ({{why}}) and ignores aws-auth; no node access entry exists for the role and no managed node group or Fargate profile uses it: its nodes cannot join. Add an access entry of type {{type}} for it{{linked}}"
  },
  check(ctx, report2) {
    for (const view2 of ctx.clusters) {
      if (view2.mode !== "API" || view2.mappings.length === 0) continue;
      const access = nodeAccess2(ctx, view2);
      if (access === "any") continue;
      for (const m of view2.mappings) {
        if (m.section !== "mapRoles" || !isNodeUsername(m.username)) continue;
        const key2 = identityKey(m.arn);
        const name = roleName(m.arn);
        if (!key2 || !name || access.keys.has(key2) || access.names.has(name)) continue;
        report2({
          messageId: "unmapped",
          at: m,
          field: "arn",
          principal: known(m.arn),
          data: { arn: known(m.arn), cluster: view2.label, why: view2.modeWhy ?? "", type: nodeType(m), linked: linked(view2, m) }
        });
      }
    }
  }
});
function nodeAccess2(ctx, view2) {
  const out = { keys: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() };
  const add2 = (t) => {
    const key2 = identityKey(t);
    if (key2) return out.keys.add(key2), true;
    const name = roleName(t);
    return name ? (out.names.add(name), true) : false;
  };
  const entries = [...view2.entries, ...ctx.untied.accessEntries];
  for (const e of entries) {
    const type = entryType(e.type);
    if (type === "STANDARD") continue;
    if (!add2(e.principal)) return "any";
  }
  for (const n of [...view2.nodeRoles, ...ctx.untied.nodeRoles]) if (!add2(n.role)) return "any";
  return out;
}
function roleName(t) {
  const resource = known(parseArn(t)?.resource);
  return resource === void 0 ? void 0 : rolePath(resource)?.name.toLowerCase();
}
function nodeType(m) {
  const groups2 = new Set(m.groups.map((g) => known(g)));
  if (known(m.username) === "system:node:{{SessionName}}") return groups2.has("system:node-proxier") ? "FARGATE_LINUX" : "HYBRID_LINUX";
  return groups2.has("eks:kube-proxy-windows") ? "EC2_WINDOWS" : "EC2_LINUX";
}

// rules/cluster/index.ts
var clusterRules = [rule_default49, rule_default51, rule_default54, rule_default50, rule_default55, rule_default53, rule_default52];

// rules/input/parse-error/rule.ts
var rule_default56 = defineRule({
  id: "input/parse-error",
  severity: "error",
  description: "A file that holds (or claims to hold) EKS access configuration does not parse",
  rationale: "A manifest, template or plan that does not parse is rejected by kubectl, CloudFormation or Terraform, and nothing in it can be checked. The finding points at the first syntax error; the rest of the run goes on.",
  sources: ["spec/rules.md (input)"],
  remediation: "Fix the syntax error at the reported position (indentation, a missing quote or bracket, a duplicate key).",
  tags: ["input"],
  formats: ["cm", "cfn", "tf"],
  messages: { syntax: "{{message}}" },
  check({ model }, report2) {
    for (const f of model.parseFailures) report2({ messageId: "syntax", at: f, data: { message: f.message } });
  }
});

// rules/input/invalid-ignore/rule.ts
var rule_default57 = defineRule({
  id: "input/invalid-ignore",
  severity: "warning",
  description: "A suppression without a reason, naming no rule or an unknown rule id, or malformed",
  rationale: 'A suppression is a recorded exception: without a reason nobody can review it later, and a misspelt rule id silently hides nothing. A suppression with a problem hides nothing, so the finding it meant to hide is still reported beside this one. The grammar is `eks-access-lint-ignore <rule-id>[, <rule-id>]: <reason>` (YAML comment, Terraform JSON `"//"`), or CloudFormation `Metadata: { eks-access-lint: { ignore: { <rule-id>: <reason> } } }`.',
  sources: ["spec/interfaces.md (Suppressions)", "spec/rules.md (input)"],
  remediation: "Name the rule ids as `--list-rules` prints them and give the reason after a colon: `# eks-access-lint-ignore aws-auth/system-masters: break-glass role, reviewed 2026-10`.",
  tags: ["input", "suppression"],
  formats: ["cm", "tfk", "cfn", "tf"],
  messages: {
    noReason: "This suppression gives no reason: write one after a colon (`eks-access-lint-ignore <rule-id>: <reason>`); it hides nothing until then",
    noRule: "This suppression names no rule id: write `eks-access-lint-ignore <rule-id>: <reason>`",
    unknownRule: 'Unknown rule id "{{rule}}" in a suppression: write a rule id as `--list-rules` prints it',
    malformed: "Malformed suppression: {{detail}}"
  },
  stage: "suppressions",
  check({ suppressions = [] }, report2) {
    for (const s of suppressions) {
      for (const p of s.problems) {
        const field = p.messageId === "noReason" ? "reason" : "rules";
        const data = p.messageId === "unknownRule" ? { rule: p.rule } : p.messageId === "malformed" ? { detail: p.detail } : {};
        report2({ messageId: p.messageId, at: s, field, key: field === "rules", data });
      }
    }
  }
});

// rules/input/unused-ignore/rule.ts
var rule_default58 = defineRule({
  id: "input/unused-ignore",
  severity: "warning",
  description: 'A suppression (inline comment, Metadata, "//", baseline entry) that hides no finding',
  rationale: "An ignore that matches nothing is left over from a problem already fixed, or sits in the wrong place (a comment covers only the next node and what is under it). Left in place it would silently hide the next, unrelated finding of that rule there. A baseline entry that no longer matches is reported on the baseline file so the file can shrink. An ignore naming a rule that did not run (turned off) is not judged.",
  sources: ["spec/interfaces.md (Suppressions)", "spec/rules.md (input)"],
  remediation: "Remove the suppression (or the rule id from it); for a baseline, write it again with `--write-baseline <file>`.",
  tags: ["input", "suppression"],
  formats: ["cm", "tfk", "cfn", "tf"],
  messages: {
    unused: "Nothing here is reported by {{rule}}: remove this suppression",
    unusedBaseline: "This baseline entry ({{rule}}) matches no finding any more: write the baseline again with --write-baseline"
  },
  stage: "suppressions",
  check({ suppressions = [] }, report2) {
    for (const s of suppressions) {
      if (s.problems.length > 0) continue;
      for (const rule of new Set(s.ruleIds)) {
        if (s.used.has(rule) || s.unchecked.has(rule)) continue;
        report2({ messageId: s.form === "baseline" ? "unusedBaseline" : "unused", at: s, field: "rules", key: s.form !== "baseline", data: { rule } });
      }
    }
  }
});

// rules/input/index.ts
var inputRules = [rule_default56, rule_default57, rule_default58];

// rules/policy/foreign-account/rule.ts
var rule_default59 = defineRule({
  id: "policy/foreign-account",
  severity: "error",
  description: "Principals must come from the accounts the config allows",
  rationale: "An aws-auth row, a `mapAccounts` item or an access entry for a principal of another AWS account lets that account's administrators decide who reaches the cluster (STANDARD access entries and aws-auth both accept any account). The config's `policy.allowedAccounts` lists the accounts the organisation trusts. Off until it is set. `${AWS::AccountId}` (or a Terraform caller-identity reference) is the deploying account, known only from `--cluster-account` or `defaultAccount`; an account that is not known is not judged. Rows of an aws-auth ConfigMap tied to an `API` cluster grant nothing and are not judged.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3",
    "reference/authenticator.md \xA75",
    "https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html"
  ],
  remediation: "Use a principal of an allowed account (a role there that the other account's users may assume), or add the account to `policy.allowedAccounts`.",
  tags: ["policy", "security"],
  securitySeverity: 7,
  formats: ["cm", "tfk", "cfn", "tf"],
  messages: {
    principal: "{{principal}} is in account {{account}}, which policy.allowedAccounts does not list ({{allowed}})",
    account: "mapAccounts lets every principal of account {{account}} in, and policy.allowedAccounts does not list it ({{allowed}})"
  },
  check(ctx, report2) {
    const allowed = ctx.config.policy?.allowedAccounts;
    if (!allowed) return;
    const show2 = allowed.join(", ") || "none";
    for (const m of ctx.model.identityMappings) {
      const view2 = ctx.viewOf(m);
      if (!m.arn || view2?.mode === "API") continue;
      const part = m.section === "mapAccounts" ? known(m.arn) : parseArn(m.arn)?.account;
      const account4 = accountOf2(part, m.section === "mapAccounts" ? void 0 : view2?.account ?? ctx.clusterAccount({}));
      if (!account4 || allowed.includes(account4)) continue;
      const messageId = m.section === "mapAccounts" ? "account" : "principal";
      report2({ messageId, at: m, field: "arn", principal: known(m.arn), data: { principal: render(m.arn), account: shown(account4, part), allowed: show2 } });
    }
    for (const e of ctx.model.accessEntries) {
      const part = parseArn(e.principal)?.account;
      const account4 = accountOf2(part, ctx.clusterAccount(e.cluster));
      if (!account4 || allowed.includes(account4)) continue;
      report2({ messageId: "principal", at: e, field: "principal", principal: known(e.principal), data: { principal: render(e.principal), account: shown(account4, part), allowed: show2 } });
    }
  }
});
function shown(account4, part) {
  return typeof part === "string" ? account4 : `${account4} (the deploying account)`;
}

// rules/policy/iam-user-forbidden/rule.ts
var rule_default60 = defineRule({
  id: "policy/iam-user-forbidden",
  severity: "error",
  description: "No IAM user principals when the config forbids them",
  rationale: "IAM users authenticate with long-term access keys, which leak and are rarely rotated; roles give short-lived credentials and a session name in the audit log. With `policy.forbidIamUsers: true` the organisation allows roles only: every aws-auth row and access entry whose principal is an IAM user (`arn:<partition>:iam::<account>:user/\u2026`, in either aws-auth section) breaks that rule. Off until set. Rows of an aws-auth ConfigMap tied to an `API` cluster grant nothing and are not judged.",
  sources: [
    "reference/eks-api-schemas.md \xA72.2, \xA72.3",
    "reference/authenticator.md \xA72",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
  ],
  remediation: "Map a role that the user (or its replacement, e.g. an IAM Identity Center permission set) assumes, and remove the user's row or entry.",
  tags: ["policy", "security"],
  securitySeverity: 5,
  formats: ["cm", "tfk", "cfn", "tf"],
  messages: {
    user: "{{principal}} is an IAM user, and policy.forbidIamUsers is true: map a role instead"
  },
  check(ctx, report2) {
    if (ctx.config.policy?.forbidIamUsers !== true) return;
    for (const m of ctx.model.identityMappings) {
      if (m.section === "mapAccounts" || !isUserArn(m.arn) || ctx.viewOf(m)?.mode === "API") continue;
      report2({ messageId: "user", at: m, field: "arn", principal: known(m.arn), data: { principal: render(m.arn) } });
    }
    for (const e of ctx.model.accessEntries) {
      if (isUserArn(e.principal)) report2({ messageId: "user", at: e, field: "principal", principal: known(e.principal), data: { principal: render(e.principal) } });
    }
  }
});

// rules/lib/arn-like.ts
function sections(s) {
  const out = [];
  let rest = s;
  for (let i = 0; i < 5; i++) {
    const at3 = rest.indexOf(":");
    if (at3 < 0) return void 0;
    out.push(rest.slice(0, at3));
    rest = rest.slice(at3 + 1);
  }
  out.push(rest);
  return out;
}
function glob2(pattern, value) {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${re}$`, "is").test(value);
}
function arnLike(principal, pattern, deployingAccount) {
  const p = sections(pattern);
  if (!p || !glob2(p[0], "arn")) return false;
  const arn = parseArn(principal);
  if (!arn) return known(principal) === void 0 ? void 0 : false;
  const part = (x) => typeof x === "string" ? x : x.means === "account" ? deployingAccount : void 0;
  const values = [part(arn.partition), part(arn.service), part(arn.region), part(arn.account), known(arn.resource)];
  let verdict = true;
  values.forEach((v, i) => {
    if (verdict === false) return;
    if (v === void 0) verdict = p[i + 1] === "*" ? verdict : void 0;
    else if (!glob2(p[i + 1], v)) verdict = false;
  });
  return verdict;
}
function matchesAny(principal, patterns, deployingAccount) {
  let maybe = false;
  for (const p of patterns) {
    const r = arnLike(principal, p, deployingAccount);
    if (r === true) return true;
    if (r === void 0) maybe = true;
  }
  return maybe ? void 0 : false;
}
function showPatterns(patterns) {
  if (patterns.length === 0) return "none";
  return patterns.slice(0, 3).join(", ") + (patterns.length > 3 ? `, \u2026 (${patterns.length} in all)` : "");
}

// rules/policy/unapproved-admin/rule.ts
var ADMIN_RESOURCE = "cluster-access-policy/AmazonEKSClusterAdminPolicy";
var rule_default61 = defineRule({
  id: "policy/unapproved-admin",
  severity: "error",
  description: "Only the principals the config approves may get cluster admin",
  rationale: "Cluster admin (`system:masters` in aws-auth, which bypasses RBAC; `AmazonEKSClusterAdminPolicy` at cluster scope on an access entry, its access-entry equivalent) is the one grant an organisation most wants to keep to a known list. The config's `policy.admins` is that list: ARN patterns matched like IAM ArnLike, section by section, `*` and `?` as wildcards, without regard to case (as the authenticator and EKS compare principals). Off until `policy.admins` is set. A principal whose unknown parts could still match a pattern is not judged; `${AWS::AccountId}` is the deploying account, known from `--cluster-account` or `defaultAccount`. Rows of an aws-auth ConfigMap tied to an `API` cluster grant nothing and are not judged.",
  sources: [
    "reference/eks-api-schemas.md \xA72.3, \xA72.5, \xA73.4",
    "reference/authenticator.md \xA72, \xA78.2",
    "https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html"
  ],
  remediation: "Grant cluster admin only to an approved principal (a break-glass or platform role), or add the principal to `policy.admins` in `.eks-access-lint.yaml` if it is meant to be an admin. Give others a narrower policy or RBAC group.",
  tags: ["policy", "security"],
  securitySeverity: 8,
  formats: ["cm", "tfk", "cfn", "tf"],
  messages: {
    masters: "{{principal}} is mapped to system:masters (cluster admin) but matches none of policy.admins ({{patterns}}). Remove the group, or approve the principal in the config",
    policy: "{{principal}} gets AmazonEKSClusterAdminPolicy at cluster scope but matches none of policy.admins ({{patterns}}). Give it a narrower policy, or approve the principal in the config"
  },
  check(ctx, report2) {
    const admins = ctx.config.policy?.admins;
    if (!admins) return;
    const patterns = showPatterns(admins);
    for (const m of ctx.model.identityMappings) {
      const at3 = m.section === "mapAccounts" || !m.arn ? -1 : m.groups.findIndex((g) => known(g) === "system:masters");
      const view2 = ctx.viewOf(m);
      if (at3 < 0 || view2?.mode === "API") continue;
      if (matchesAny(m.arn, admins, view2?.account ?? ctx.clusterAccount({})) !== false) continue;
      report2({ messageId: "masters", at: m, field: "groups", path: `/${at3}`, principal: known(m.arn), data: { principal: render(m.arn), patterns } });
    }
    for (const e of ctx.model.accessEntries) {
      const grant = e.policies.find(isClusterAdmin);
      if (!grant || matchesAny(e.principal, admins, ctx.clusterAccount(e.cluster)) !== false) continue;
      report2({ messageId: "policy", at: grant, field: "policyArn", principal: known(e.principal), data: { principal: render(e.principal), patterns } });
    }
  }
});
function isClusterAdmin(p) {
  const arn = parseArn(p.policyArn);
  return !!arn && arn.service === "eks" && arn.region === "" && arn.account === "aws" && known(arn.resource) === ADMIN_RESOURCE && known(p.scopeType) === "cluster";
}

// rules/policy/index.ts
var policyRules = [rule_default61, rule_default59, rule_default60];

// rules/index.ts
var rules = [...inputRules, ...awsAuthRules, ...accessEntryRules, ...accessPolicyRules, ...clusterRules, ...policyRules, ...changeRules];

// src/version.ts
var VERSION = "0.1.0";

// src/lint.ts
var MANY_FILES = 1e3;
var YOUNG_GENERATION = 16 * 1024 * 1024;
function boundHeapGrowth() {
  setFlagsFromString2("--heap-growing-percent=20");
  let capped = false;
  return () => {
    if (capped) return;
    const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    if (!young || young.space_size < YOUNG_GENERATION) return;
    setFlagsFromString2("--semi-space-growth-factor=1");
    capped = true;
  };
}
var STDIN = "\0stdin";
async function lint(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const known2 = new Set(rules.map((r) => r.id));
  const loaded = options.config ? { config: options.config, path: void 0 } : loadConfig(options.configPath ?? findConfig(cwd), known2);
  const { config } = loaded;
  const ignoreBase = options.configDir ?? (loaded.path ? dirname8(loaded.path) : cwd);
  if (options.stdin && options.base !== void 0) throw new TypeError("--base compares files: it cannot be used with --stdin");
  const base = options.base === void 0 ? void 0 : openBase(cwd, options.base);
  const scanned = paths.length ? paths : ["."];
  const { files, diagnostics } = options.stdin ? { files: [STDIN], diagnostics: [] } : await discover(scanned, cwd, config.ignore, ignoreBase);
  const extracted = /* @__PURE__ */ new Map();
  const remember = (abs, out) => {
    if (base) extracted.set(abs, out);
  };
  const sources = [];
  const after = emptyModel();
  const inline = [];
  let before;
  const pool = startParsePool(files, options.boundHeap);
  const capYoung = options.boundHeap && files.length >= MANY_FILES ? boundHeapGrowth() : void 0;
  const interner = new Interner();
  try {
    for (const abs of files) {
      const given = abs === STDIN ? options.stdin.text : options.texts?.get(abs);
      if (given === void 0 && pool?.unrelated(abs)) continue;
      const rel = abs === STDIN ? stdinName(cwd, options.stdin.filename) : toPosix(relative7(cwd, abs)) || abs;
      const read = given !== void 0 ? judged(withoutBom(given)) : readSource(abs);
      if ("error" in read) {
        diagnostics.push({ file: rel, level: "error", message: `cannot read: ${reason(read.error)}` });
        remember(abs, void 0);
      }
      if (!("text" in read)) continue;
      const { text: text3 } = read;
      const syntax = sniffSyntax(text3);
      const tooLarge = tooLargeToParse(text3, syntax);
      if (tooLarge) {
        diagnostics.push({ file: rel, level: "warning", message: tooLarge });
        remember(abs, void 0);
        continue;
      }
      const file = new SourceFile(rel, text3, syntax);
      sources.push(file);
      let out;
      try {
        const docs = await pool?.take(abs);
        out = docs ? withPreparsed(text3, docs, () => extractFile(file)) : extractFile(file);
      } catch (e) {
        diagnostics.push({ file: rel, level: "error", message: `internal error while reading this file: ${e?.message ?? e}` });
        remember(abs, void 0);
        continue;
      }
      remember(abs, out);
      const ignores = collectInline(file, out.after, known2);
      inline.push(...ignores);
      retainReferenced(file, out, ignores, interner);
      if (abs !== STDIN) file.release(given !== void 0 ? () => withoutBom(given) : () => readWhole(abs));
      mergeModels(after, out.after);
      capYoung?.();
      if (out.before) before = mergeModels(before ?? emptyModel(), out.before);
    }
  } finally {
    await pool?.close();
  }
  interner.clear();
  joinPolicies(after);
  if (before) joinPolicies(before);
  let baseFiles;
  if (base) {
    const b = beforeFromBase(base, { cwd, paths: scanned, files, extracted, ignore: config.ignore ?? [], ignoreBase });
    before = mergeModels(before ?? emptyModel(), b.model);
    diagnostics.push(...b.diagnostics);
    baseFiles = b.files;
  }
  const levels = { ...config.rules, ...options.ruleLevels };
  const active = rules.filter((r) => (options.only ? options.only.includes(r.id) : true) && (levels[r.id] ?? r.severity) !== "off");
  const ctx = makeContext(after, before, config, options.clusterAccount, { cwd, configDir: ignoreBase });
  const findings = [];
  const run2 = (rule, c, into) => {
    const severity = levels[rule.id] ?? rule.severity;
    rule.check(c, (d) => into.push(locate(rule, severity, d, base && baseFiles ? { ref: base.ref, files: baseFiles } : void 0)));
  };
  const stageRules = active.filter((r) => r.stage === "suppressions");
  for (const rule of active) if (!rule.stage) run2(rule, ctx, findings);
  const ran = new Set(active.filter((r) => !r.stage).map((r) => r.id));
  const named = new Set(inline.flatMap((s) => s.ruleIds));
  const shadow = [];
  if (stageRules.some((r) => r.id === "input/unused-ignore")) {
    for (const rule of rules) {
      if (rule.stage || ran.has(rule.id) || !named.has(rule.id) || (levels[rule.id] ?? rule.severity) === "off") continue;
      run2(rule, ctx, shadow);
      ran.add(rule.id);
    }
  }
  const reported = suppressStep({
    findings: dedupe(findings).sort(byPosition),
    shadow,
    sources,
    inline,
    ran,
    overrides: config.overrides,
    cwd,
    configDir: ignoreBase,
    stageRules,
    runStage: (rule, suppressions) => {
      const out = [];
      run2(rule, Object.assign(Object.create(ctx), { suppressions }), out);
      return out;
    },
    order: (list) => dedupe(list).sort(byPosition),
    baseline: options.baseline,
    writeBaseline: options.writeBaseline
  });
  return {
    findings: reported.filter((f) => !f.suppression),
    suppressed: reported.filter((f) => f.suppression),
    diagnostics,
    filesScanned: files.length,
    filesLinted: sources.length,
    rules: active.map(({ check: _check, ...meta }) => meta),
    toolVersion: VERSION
  };
}
function stdinName(cwd, filename) {
  if (!filename) return "<stdin>";
  return isAbsolute3(filename) ? toPosix(relative7(cwd, filename)) || filename : toPosix(filename);
}
function withoutBom(text3) {
  return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
}
function locate(rule, severity, d, base) {
  const origin2 = d.field && d.at.fields[d.field] || d.at.origin;
  const pointer = origin2.pointer + (d.path ?? "");
  const { doc } = origin2;
  const range = origin2.offsets ? doc.file.range(origin2.offsets[0], origin2.offsets[1]) : doc.locate(pointer, { key: d.key });
  const template = rule.messages[d.messageId];
  if (!template) throw new Error(`${rule.id}: unknown messageId ${d.messageId}`);
  const logicalPath = doc.logicalPath(pointer);
  const fromBase = base?.files.has(doc.file) ? base.ref : void 0;
  return {
    ruleId: rule.id,
    severity,
    message: formatMessage(template, d.data) + (fromBase ? ` (line ${range.start.line} of ${doc.file.path} at the base revision ${fromBase})` : ""),
    ...fromBase ? { base: fromBase } : {},
    file: doc.file.path,
    range,
    pointer,
    logicalPath,
    principal: d.principal,
    // Set by the suppress step (src/baseline.ts): it depends on the other findings of the same key.
    fingerprint: "",
    // A fix edits the scanned text: never a range in the base revision's, never a place that is not a node.
    ...d.fix && !fromBase && !origin2.offsets ? optional("fix", resolveFix(doc, pointer, d.key ?? false, d.fix)) : {}
  };
}
function optional(key2, value) {
  return value === void 0 ? {} : { [key2]: value };
}
function byPosition(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const k = [f.ruleId, f.file, f.range.start.line, f.range.start.column, f.message].join("\0");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/action.ts
var InputError = class extends Error {
};
var RANK2 = { note: 1, warning: 2, error: 3 };
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(name, fallback) {
  const v = input(name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${v}"`);
}
function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return void process.stdout.write(`::set-output name=${name}::${escapeData(value)}
`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function command2(name, message) {
  process.stdout.write(`::${name}::${escapeData(message)}
`);
}
function eventBase() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync5(path)) return void 0;
  try {
    const event = JSON.parse(readFileSync5(path, "utf8"));
    const sha = event?.pull_request?.base?.sha ?? event?.merge_group?.base_sha;
    return typeof sha === "string" && sha ? sha : void 0;
  } catch {
    return void 0;
  }
}
async function run() {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const paths = input("paths").split(/\s+/).filter(Boolean);
  const failOn = input("fail-on") || "error";
  if (!["error", "warning", "note", "never"].includes(failOn)) throw new InputError(`input "fail-on" must be error, warning, note or never, not "${failOn}"`);
  const sarifFile = input("sarif-file");
  const annotations = booleanInput("annotations", true);
  const configInput = input("config");
  const { config, path: configPath } = loadConfig(configInput ? resolve9(cwd, configInput) : findConfig(cwd), new Set(rules.map((r) => r.id)));
  const options = { cwd, config, configDir: configPath ? dirname9(configPath) : cwd };
  const explicitBase = input("base");
  let base = explicitBase || eventBase();
  let report2;
  try {
    report2 = await lint(paths, { ...options, base });
  } catch (e) {
    if (!(e instanceof GitError) || explicitBase) throw e;
    command2("warning", `eks-access-lint: ${e.message}. The change/* rules did not run.`);
    base = void 0;
    report2 = await lint(paths, options);
  }
  const ctx = { cwd, color: false, docsUrl };
  if (annotations) process.stdout.write(github(report2, ctx));
  if (sarifFile) {
    const out = resolve9(cwd, sarifFile);
    mkdirSync(dirname9(out), { recursive: true });
    writeFileInPieces(out, sarifChunks(report2, ctx));
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const compared = base ? `
Changes were checked against the base revision \`${base}\`.
` : "";
    appendFileSync(summaryFile, markdown(report2, ctx) + compared);
  }
  const s = summarize(report2);
  setOutput("errors", String(s.errors));
  setOutput("warnings", String(s.warnings));
  setOutput("notes", String(s.notes));
  setOutput("sarif-file", sarifFile);
  if (failOn === "never") return 0;
  const failing = report2.findings.filter((f) => RANK2[f.severity] >= RANK2[failOn]).length;
  if (failing === 0) return 0;
  command2("error", `eks-access-lint: ${failing} finding${failing === 1 ? "" : "s"} at or above "${failOn}" (${s.errors} errors, ${s.warnings} warnings, ${s.notes} notes)`);
  return 1;
}
run().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    const known2 = e instanceof InputError || e instanceof ConfigError || e instanceof GitError;
    command2("error", `eks-access-lint: ${known2 ? "" : "internal error: "}${e?.message ?? e}`);
    process.exitCode = 1;
  }
);
