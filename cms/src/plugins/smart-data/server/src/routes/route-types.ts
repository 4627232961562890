// A route of the plugin's own, checked against its controllers: a handler
// names a controller registered in controllers/index.ts and one of its
// actions, so a renamed action fails the type check instead of answering 404.
import type controllers from '../controllers';

type Controllers = typeof controllers;
/** A controller's actions, whether it is registered as an object or as a factory of one. */
type ActionsOf<C> = C extends (...args: never[]) => infer R ? keyof R : keyof C;

export type Handler = {
  [C in keyof Controllers & string]: `${C}.${ActionsOf<Controllers[C]> & string}`;
}[keyof Controllers & string];

export interface PluginRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: Handler;
  config: object;
}

export interface PluginRouter {
  type: 'admin' | 'content-api';
  prefix?: string;
  routes: PluginRoute[];
}
