import { compareVersions, MEMBER_VERSIONS } from './api-versions.js';
import { accessDenied, FakeOfficeError, notLoaded } from './fake-error.js';
import type { FakeRequestContext } from './request-context.js';
import type { FakeSheet } from './workbook-state.js';

/** How a proxy finds the thing it stands for when the queued request runs. */
export type Source<T> =
  | { readonly kind: 'fixed'; readonly target: T }
  | { readonly kind: 'lazy'; readonly get: () => T | null }
  | { readonly kind: 'bound' };

/**
 * The base of every fake Excel object: like Office.js proxies it queues sets, calls and loads on its request context
 * and only touches the workbook at `context.sync()`; reading a property that was not loaded and synced throws.
 * `T` is the piece of in-memory state the object stands for.
 */
export abstract class FakeClientObject<T> {
  /** Office.js sends objects by id; this is that id. */
  readonly objectId: number;
  readonly path: string;
  /** The class name Excel's reference uses ("Worksheet", "Range", …), for requirement-set checks. */
  protected abstract readonly typeName: string;
  protected readonly loaded = new Map<string, unknown>();
  readonly #context: FakeRequestContext;
  readonly #source: Source<T>;
  #bound = false;
  #target: T | null = null;

  constructor(context: FakeRequestContext, path: string, source: Source<T>) {
    this.#context = context;
    this.objectId = context.nextObjectId();
    this.path = path;
    this.#source = source;
  }

  /** The request context this object belongs to, as in Office.js. */
  get context(): FakeRequestContext {
    return this.#context;
  }

  /** Whether the item asked for with `…OrNullObject` is missing; readable once a sync has run. */
  get isNullObject(): boolean {
    if (this.#source.kind === 'bound' && !this.#bound) throw notLoaded('isNullObject');
    return this.resolveOrNull() === null;
  }

  /** Queues a load of scalar properties (a string "a,b" or an array), readable after the next sync. */
  load(properties?: string | readonly string[]): this {
    const names = parseProperties(properties);
    this.#context.enqueue(this, 'load', [names.join(',')], () => {
      const target = this.resolveOrNull();
      if (target === null) return;
      const wanted = names.length > 0 ? names : this.defaultProperties();
      for (const name of wanted) {
        this.checkVersion(name);
        this.loaded.set(name, this.readProperty(target, name));
      }
    });
    return this;
  }

  /** Loads properties straight from the state, for items a collection load brings back. */
  preload(names: readonly string[]): void {
    const target = this.resolve();
    for (const name of names.length > 0 ? names : this.defaultProperties())
      this.loaded.set(name, this.readProperty(target, name));
  }

  /** Plain JSON of the loaded properties, as Office.js objects serialise. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** The state this object stands for; throws ItemNotFound for a null object, as Excel does when it is used. */
  resolve(): T {
    const target = this.resolveOrNull();
    if (target === null) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
    return target;
  }

  resolveOrNull(): T | null {
    switch (this.#source.kind) {
      case 'fixed':
        return this.#source.target;
      case 'lazy':
        return this.#source.get();
      default:
        if (!this.#bound) throw new Error(`fake-excel: ${this.path} used before the request created it`);
        return this.#target;
    }
  }

  /** Binds an object created by a method call; called by the queued creating action. */
  bindTo(target: T | null): void {
    this.#target = target;
    this.#bound = true;
  }

  /** Properties loaded by `load()` with no argument: none, unless the object reads some. */
  protected defaultProperties(): readonly string[] {
    return [];
  }

  /**
   * Reads one scalar property from the state, for `load`. The fake simulates reads only where the renderer (or a
   * test) loads something; anywhere else a load fails loudly rather than reading undefined.
   */
  protected readProperty(_target: T, name: string): unknown {
    throw new FakeOfficeError(
      'InvalidArgument',
      `fake-excel: ${this.typeName}.${name} is not loadable in this fake`,
    );
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /**
   * The sheet whose protection guards writes through this object, or null when protection does not apply (the
   * workbook, collections, custom properties). Sets and calls through an object on a protected sheet fail.
   */
  protected protectedBy(_target: T): FakeSheet | null {
    return null;
  }

  /** Queues a property set. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    this.#context.enqueue(this, name, [value], () => {
      this.checkVersion(name);
      const target = this.resolve();
      if (this.protectedBy(target)?.protected)
        throw accessDenied(`The sheet '${this.protectedBy(target)?.name}'`);
      apply(target);
    });
  }

  /** Queues a method call. */
  protected queueCall(name: string, args: readonly unknown[], apply: (target: T) => void): void {
    this.#context.enqueue(this, name, args, () => {
      this.checkVersion(name);
      const target = this.resolve();
      if (this.protectedBy(target)?.protected)
        throw accessDenied(`The sheet '${this.protectedBy(target)?.name}'`);
      apply(target);
    });
  }

  /** Queues a method that returns a new object; `find` runs at sync and may return null (…OrNullObject). */
  protected createChild<C extends FakeClientObject<X>, X>(
    make: (path: string) => C,
    name: string,
    args: readonly unknown[],
    find: (target: T) => X | null,
  ): C {
    const child = make(`${this.path}.${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
    this.#context.enqueue(
      child,
      name,
      args,
      () => {
        this.checkVersion(name);
        const parent = this.resolveOrNull();
        child.bindTo(parent === null ? null : find(parent));
      },
      this,
    );
    return child;
  }

  /** A navigation property (`range.format`, `sheet.charts`, …): no request of its own, same state as this object. */
  protected navigate<C extends FakeClientObject<unknown>>(
    make: (path: string, get: () => T | null) => C,
    name: string,
  ): C {
    const cached = this.children.get(name);
    if (cached) return cached as C;
    const child = make(`${this.path}.${name}`, () => {
      this.checkVersion(name);
      return this.resolveOrNull();
    });
    this.children.set(name, child);
    return child;
  }

  private readonly children = new Map<string, FakeClientObject<unknown>>();

  private checkVersion(member: string): void {
    const needed = MEMBER_VERSIONS[`${this.typeName}.${member}`];
    if (needed && compareVersions(needed, this.#context.apiVersion) > 0)
      throw new FakeOfficeError(
        'ApiNotFound',
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (${this.typeName}.${member} needs ExcelApi ${needed}).`,
      );
  }
}

/** Splits what `load()` accepts; collection forms ("items/name") keep their prefix for the collection to strip. */
export const parseProperties = (properties?: string | readonly string[]): string[] => {
  if (properties === undefined) return [];
  const list = typeof properties === 'string' ? properties.split(',') : [...properties];
  return list.map((p) => p.trim()).filter((p) => p !== '');
};

/**
 * A collection proxy: `load('items/name')` (or `load('name')`) brings back its items with those properties loaded,
 * like Office.js collections.
 */
export abstract class FakeCollection<T, I, P extends FakeClientObject<I>> extends FakeClientObject<T> {
  protected abstract itemsOf(target: T): readonly I[];
  protected abstract wrapItem(item: I, path: string): P;

  override load(properties?: string | readonly string[]): this {
    const names = parseProperties(properties)
      .map((p) => p.replace(/^items\//, ''))
      .filter((p) => p !== 'items' && p !== 'count');
    this.context.enqueue(this, 'load', [names.join(',')], () => {
      const items = this.itemsOf(this.resolve()).map((item, i) => {
        const proxy = this.wrapItem(item, `${this.path}.items[${i}]`);
        proxy.preload(names);
        return proxy;
      });
      this.loaded.set('items', items);
      this.loaded.set('count', items.length);
    });
    return this;
  }

  /** The loaded items; throws before load + sync. */
  get items(): P[] {
    return this.loadedValue('items');
  }
}
