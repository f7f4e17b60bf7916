// A real IndexedDB implementation in Node: Dexie runs unchanged on it.
import 'fake-indexeddb/auto';
