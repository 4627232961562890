// A local OParl 1.1 server for the tests and the benchmark, on a free
// loopback port: System → Body list → Organization list → each
// organization's meeting list (embedded agenda items and files), the Body's
// paper and consultation lists, single meetings, papers and consultations by URL;
// lists paginated by `links.next`, filtered by `modified_since` (deleted
// objects only then, as the spec demands), and with each vendor quirk the sync must survive
// switched on by `quirks` (../../../../shared/reference/oparl.md §1.7).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FIXED_CREATED,
  type World,
  type WorldAgendaItem,
  type WorldConsultation,
  type WorldFile,
  type WorldMeeting,
  type WorldPaper,
} from './oparl-world.ts';

export interface Quirks {
  /** Entries per list page (the server decides; the client must follow links.next). */
  pageSize: number;
  /** `/bodies` answers the one Body itself instead of a list. */
  bodyAsSingleObject: boolean;
  /** An empty filtered page answers 404 with an error object. */
  emptyPageAs404: boolean;
  /** An empty unfiltered list is a bare `[]`. */
  emptyListAsArray: boolean;
  /** Embedded objects come without `type`. */
  missingType: boolean;
  /** `auxiliaryFile` is one object instead of a list. */
  auxiliaryFileAsObject: boolean;
  /** Every list page answers 500 this many times before it answers. */
  flaky500: number;
  /** Meeting list pages from this page number on always answer 500. */
  brokenFromPage: number | undefined;
  /** A raw control character (tab) inside a JSON string. */
  controlCharacters: boolean;
  /** Deleted meetings appear in unfiltered lists too, without `type` (Sternberg). */
  deletedInFullLists: boolean;
}

export const NO_QUIRKS: Quirks = {
  pageSize: 100,
  bodyAsSingleObject: false,
  emptyPageAs404: false,
  emptyListAsArray: false,
  missingType: false,
  auxiliaryFileAsObject: false,
  flaky500: 0,
  brokenFromPage: undefined,
  controlCharacters: false,
  deletedInFullLists: false,
};

export interface OparlTestServer {
  url: string;
  systemUrl: string;
  quirks: Quirks;
  world: World;
  /** Requests answered so far (500s included). */
  requests(): number;
  close(): Promise<void>;
}

const T = 'https://schema.oparl.org/1.1/';

/** Starts the server for a world built with `makeWorld(base)`; `base` is filled in from the port. */
export async function startOparlServer(
  build: (base: string) => World,
  quirks: Partial<Quirks> = {},
): Promise<OparlTestServer> {
  const q: Quirks = { ...NO_QUIRKS, ...quirks };
  let requests = 0;
  const failures = new Map<string, number>();

  const typed = (type: string, o: object, embedded = true) =>
    embedded && q.missingType ? o : { id: (o as { id: string }).id, type: `${T}${type}`, ...o };
  const file = (f: WorldFile) => typed('File', { ...f, created: '2025-01-10T09:00:00+01:00' });
  const consultationOf = (c: WorldConsultation, embedded = true) =>
    typed(
      'Consultation',
      { ...c, authoritative: c.role === 'Entscheidung', created: FIXED_CREATED, modified: c.modified },
      embedded,
    );
  const consultationRef = (ref: WorldAgendaItem['consultation']) => {
    if (!ref) return {};
    if (ref.as === 'list') return { consultations: [ref.id] };
    if (ref.as === 'url') return { consultation: ref.id };
    const c = world.consultations.find((x) => x.id === ref.id)!;
    return { consultation: consultationOf(c) };
  };
  // The paper's consultations, embedded as the spec has it; indexed once per list page, not searched per paper.
  const consultationsByPaper = () => {
    const index = new Map<string, WorldConsultation[]>();
    for (const c of world.consultations) index.set(c.paper, [...(index.get(c.paper) ?? []), c]);
    return index;
  };
  const paper = (p: WorldPaper, consultations = consultationsByPaper()) => {
    if (p.deleted) return { type: `${T}Paper`, id: p.id, deleted: true, created: FIXED_CREATED, modified: p.modified };
    const { mainFile, ...rest } = p;
    return typed(
      'Paper',
      {
        ...rest,
        ...(mainFile ? { mainFile: file(mainFile) } : {}),
        consultation: (consultations.get(p.id) ?? []).map((c) => consultationOf(c)),
        created: FIXED_CREATED,
      },
      false,
    );
  };
  const agendaItem = (a: WorldAgendaItem, order: number) => {
    const { oldFieldNames, resolutionText, auxiliaryFile, consultation, ...rest } = a;
    if (a.deleted) return typed('AgendaItem', { id: a.id, deleted: true, order, modified: a.modified });
    const files = (auxiliaryFile ?? []).map(file);
    return typed('AgendaItem', {
      ...rest,
      order,
      ...(resolutionText ? { [oldFieldNames ? 'resolution' : 'resolutionText']: resolutionText } : {}),
      ...(files.length > 0 ? { auxiliaryFile: q.auxiliaryFileAsObject && files.length === 1 ? files[0] : files } : {}),
      ...consultationRef(consultation),
      created: '2025-01-10T09:00:00+01:00',
    });
  };
  const meeting = (m: WorldMeeting) => {
    if (m.deleted) {
      const gone = { id: m.id, deleted: true, created: m.created, modified: m.modified };
      return q.deletedInFullLists ? gone : { type: `${T}Meeting`, ...gone };
    }
    const { organization, invitation, agendaItem: items, location, ...rest } = m;
    return typed(
      'Meeting',
      {
        ...rest,
        name: q.controlCharacters ? m.name.replace(': ', ':\t') : m.name,
        organization: [organization],
        ...(location ? { location: typed('Location', { id: `${m.id}/location`, ...location }) } : {}),
        ...(invitation ? { invitation: file(invitation) } : {}),
        agendaItem: items.map(agendaItem),
      },
      false,
    );
  };

  function listPage(res: ServerResponse, url: URL, all: object[], filtered: boolean): void {
    const page = Number(url.searchParams.get('page') ?? '1');
    const slice = all.slice((page - 1) * q.pageSize, page * q.pageSize);
    if (slice.length === 0 && filtered && q.emptyPageAs404)
      return send(res, 404, { type: `${T}Error`, message: 'Keine Einträge gefunden' });
    if (all.length === 0 && !filtered && q.emptyListAsArray) return send(res, 200, []);
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    send(res, 200, {
      data: slice,
      // Deliberately wrong page counts: a client must not trust them.
      pagination: { totalElements: all.length, elementsPerPage: q.pageSize, currentPage: page, totalPages: 1 },
      links: { self: url.toString(), ...(page * q.pageSize < all.length ? { next: next.toString() } : {}) },
    });
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body).replace(/:\\t/g, ':\t');
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end(text);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    requests++;
    const w = world;
    const url = new URL(req.url ?? '/', w.base);
    const path = url.pathname.replace(/^\/oparl/, '');
    const isList = /\/(bodies|organizations|meetings|papers|consultations)$/.test(path);
    if (isList && q.flaky500 > 0) {
      const seen = failures.get(url.toString()) ?? 0;
      if (seen < q.flaky500) {
        failures.set(url.toString(), seen + 1);
        return send(res, 500, { type: `${T}Error`, message: 'Interner Fehler' });
      }
    }
    const body = {
      id: `${w.base}/body/1`,
      type: `${T}Body`,
      name: 'Stadt Beispielstadt',
      organization: `${w.base}/body/1/organizations`,
      meeting: `${w.base}/body/1/meetings`,
      paper: `${w.base}/body/1/papers`,
      consultation: `${w.base}/body/1/consultations`,
      created: '2025-01-10T09:00:00+01:00',
      modified: '2025-01-10T09:00:00+01:00',
    };
    if (path === '/system')
      return send(res, 200, {
        id: `${w.base}/system`,
        type: `${T}System`,
        oparlVersion: 'https://schema.oparl.org/1.1/',
        name: 'Testsystem',
        body: `${w.base}/bodies`,
      });
    if (path === '/bodies') return q.bodyAsSingleObject ? send(res, 200, body) : listPage(res, url, [body], false);
    if (path === '/body/1/organizations')
      return listPage(
        res,
        url,
        w.organizations.map((o) => typed('Organization', { ...o, meeting: `${o.id}/meetings` }, false)),
        false,
      );
    const since = url.searchParams.get('modified_since');
    const changed = (o: { modified: string; deleted?: boolean }) =>
      since ? Date.parse(o.modified) >= Date.parse(since) : !o.deleted || q.deletedInFullLists;
    if (path === '/body/1/papers') {
      const consultations = consultationsByPaper();
      return listPage(
        res,
        url,
        w.papers.filter(changed).map((p) => paper(p, consultations)),
        since !== null,
      );
    }
    if (path === '/body/1/consultations')
      return listPage(
        res,
        url,
        w.consultations.filter(changed).map((c) => consultationOf(c, false)),
        since !== null,
      );
    const single = w.papers.find((p) => p.id === `${w.base}${path}`);
    if (single) return send(res, 200, paper(single));
    const consultation = w.consultations.find((c) => c.id === `${w.base}${path}`);
    if (consultation) return send(res, 200, consultationOf(consultation, false));
    const oneMeeting = w.meetings.find((m) => m.id === `${w.base}${path}`);
    if (oneMeeting) return send(res, 200, meeting(oneMeeting));
    const meetings = /^\/organization\/(\d+)\/meetings$/.exec(path);
    if (meetings) {
      const page = Number(url.searchParams.get('page') ?? '1');
      if (q.brokenFromPage !== undefined && page >= q.brokenFromPage)
        return send(res, 500, { type: `${T}Error`, message: 'Datenbankfehler' });
      const org = `${w.base}/organization/${meetings[1]}`;
      const list = w.meetings.filter((m) => m.organization === org && changed(m));
      return listPage(res, url, list.map(meeting), since !== null);
    }
    send(res, 404, { type: `${T}Error`, message: `Unbekannt: ${path}` });
  }

  // The world's URLs need the port: listen first, answer requests once it exists.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oparl`;
  const world = build(base);
  server.on('request', handle);
  return {
    url: base,
    systemUrl: `${base}/system`,
    quirks: q,
    world,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
