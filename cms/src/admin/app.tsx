// Admin panel customisation: German is offered to editors (each picks it
// under Profile → Interface language).
export default {
  config: {
    locales: ['de'],
  },
  bootstrap() {},
};
