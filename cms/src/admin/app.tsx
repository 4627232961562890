// Admin panel customisation: German is offered to editors (they pick it in
// their profile; browsers set to German get it by default).
export default {
  config: {
    locales: ['de'],
  },
  bootstrap() {},
};
